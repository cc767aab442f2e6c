import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(ref: str) -> str:
    if ref.startswith("-"):
        raise ValueError("refs cannot start with -")
    return subprocess.run(["git", "diff", ref], capture_output=True, text=True).stdout
