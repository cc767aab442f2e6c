import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

ROOT = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([full, ROOT]) != ROOT:
        raise ValueError("outside root")
    with open(full) as fh:
        return fh.read()
