"""Fixture for MCP-274: a FastMCP server with a public host that only ever
runs over stdio."""
from mcp.server.fastmcp import FastMCP

# ok: MCP-274 -- stdio only: no HTTP transport in this file
mcp = FastMCP("notes", host="0.0.0.0")


@mcp.tool()
def add(a: int, b: int) -> int:
    return a + b


if __name__ == "__main__":
    # ok: MCP-274 -- stdio
    mcp.run()
