import requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(user_id: int) -> str:
    return requests.get(f"https://api.example.com/users/{user_id}", timeout=10).text
