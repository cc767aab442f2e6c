import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    return subprocess.run(["echo", arg], capture_output=True).stdout
