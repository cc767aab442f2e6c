import os, requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

BACKEND = os.environ.get("BACKEND_URL", "http://localhost:9000")

@mcp.tool()
def t(query: str) -> str:
    return requests.get(BACKEND + "/search", params={"q": query}, timeout=10).text
