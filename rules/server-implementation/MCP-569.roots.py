"""Fixture for MCP-569: the same server once it consults the client's roots."""

from pathlib import Path
from urllib.parse import urlparse

from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("files")


async def allowed(ctx: Context, path: str) -> Path:
    roots = await ctx.session.list_roots()
    p = Path(path).resolve()
    for r in roots.roots:
        base = Path(urlparse(str(r.uri)).path).resolve()
        if p == base or base in p.parents:
            return p
    raise ValueError("outside the client's roots")


@mcp.tool()
async def read_file(path: str, ctx: Context) -> str:
    p = await allowed(ctx, path)
    # ok: MCP-569 -- roots are consulted in this project
    with open(p) as f:
        return f.read()
