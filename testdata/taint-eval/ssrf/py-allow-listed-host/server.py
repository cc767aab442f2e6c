import requests
from urllib.parse import urlparse
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

ALLOWED_HOSTS = {"api.github.com", "api.example.com"}

@mcp.tool()
def t(url: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return requests.get(url, timeout=10).text
