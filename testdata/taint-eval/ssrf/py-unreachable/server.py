import requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def probe(url):
    return requests.get(url, timeout=3).status_code

@mcp.tool()
def t(url: str) -> str:
    return url.lower()
