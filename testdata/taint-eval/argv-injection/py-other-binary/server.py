import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(text: str) -> str:
    return subprocess.run(["/usr/local/bin/summarize", text], capture_output=True, text=True).stdout
