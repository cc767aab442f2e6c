"""Fixture for MCP-503: an HTTP-only server may print."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("weather")


@mcp.tool()
def forecast(city: str) -> str:
    # ok: MCP-503 -- not a stdio server
    print("forecast for", city)
    return city


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
