import urllib.request
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(host: str) -> str:
    url = f"http://{host}/status"
    with urllib.request.urlopen(url, timeout=5) as res:
        return res.read().decode()
