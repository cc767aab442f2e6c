import requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(query: str) -> str:
    return requests.get("https://api.example.com/search", params={"q": query}, timeout=10).text
