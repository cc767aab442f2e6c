import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

BASE = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.join(BASE, name)
    with open(full, encoding="utf-8") as fh:
        return fh.read()
