import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(name: str) -> str:
    target = f"/tmp/uploads/{name}"
    os.remove(target)
    return "deleted"
