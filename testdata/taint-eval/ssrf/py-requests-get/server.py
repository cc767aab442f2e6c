import requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(url: str) -> str:
    return requests.get(url, timeout=10).text
