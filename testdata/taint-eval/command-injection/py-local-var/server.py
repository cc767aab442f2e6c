import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    cmd = "ls -la " + arg
    cmd = cmd.strip()
    os.system(cmd)
    return "ok"
