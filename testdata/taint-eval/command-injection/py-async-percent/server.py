import asyncio
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
async def t(arg: str) -> str:
    proc = await asyncio.create_subprocess_shell("du -sh %s" % arg)
    await proc.wait()
    return "ok"
