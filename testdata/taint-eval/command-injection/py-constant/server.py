import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    out = subprocess.run("uptime", shell=True, capture_output=True).stdout
    return out + arg.encode()
