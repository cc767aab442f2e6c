"""Fixture for MCP-052: host= is set but the server only runs over stdio,
so nothing listens on the network."""
from mcp.server.fastmcp import FastMCP

# ok: MCP-052 -- stdio transport, the host is never used
mcp = FastMCP("notes", host="0.0.0.0")


@mcp.tool()
def add_note(text: str) -> str:
    return text


if __name__ == "__main__":
    mcp.run()
