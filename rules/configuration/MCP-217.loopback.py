"""Fixture for MCP-217: a local server on the SDK's loopback default (MCP-268's)."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")


@mcp.tool()
def add(text: str) -> str:
    return text


if __name__ == "__main__":
    # ok: MCP-217 -- loopback: MCP-268 owns it
    mcp.run(transport="streamable-http")
