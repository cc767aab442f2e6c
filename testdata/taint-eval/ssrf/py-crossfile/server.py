from client import get_page
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(url: str) -> str:
    return get_page(url)
