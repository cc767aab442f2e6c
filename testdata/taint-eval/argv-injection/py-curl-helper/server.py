import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def download(url):
    return subprocess.check_output(["curl", "-s", url])

@mcp.tool()
def t(url: str) -> str:
    return download(url).decode()
