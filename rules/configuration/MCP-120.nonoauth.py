"""Fixture for MCP-120: a "scope" argument of a search API, in a file without any authorization code."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("search")


@mcp.tool()
def search(query: str) -> list:
    """Search everything."""
    # ok: MCP-120 -- a search scope in a file without any authorization code
    return index.search(query, scope="all")
