"""Fixture for MCP-568: an HTTP MCP server with no limiter in the project."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("search")


@mcp.tool()
def web_search(query: str) -> str:
    """Search the web with a paid API."""
    return query


if __name__ == "__main__":
    # ruleid: MCP-568
    mcp.run(transport="streamable-http")
    # ok: MCP-568 -- stdio
    mcp.run()
    # ok: MCP-568 -- stdio
    mcp.run(transport="stdio")
