import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(ref: str) -> str:
    return subprocess.run(["git", "diff", ref], capture_output=True, text=True).stdout
