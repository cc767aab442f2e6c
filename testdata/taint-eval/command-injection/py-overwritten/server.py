import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    cmd = "echo " + arg
    cmd = "echo fixed"
    os.system(cmd)
    return "ok"
