import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

ROOT = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.abspath(os.path.join(ROOT, name))
    if not full.startswith(ROOT):
        raise ValueError("outside root")
    with open(full) as fh:
        return fh.read()
