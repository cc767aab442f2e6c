import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    parts = ["tar", "czf", "out.tgz", arg]
    os.popen(" ".join(parts)).read()
    return "ok"
