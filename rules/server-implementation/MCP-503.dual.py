"""Fixture for MCP-503: a server that runs over stdio or HTTP; only writes
inside handlers are reported."""
import sys

from fastmcp import FastMCP

mcp = FastMCP("weather")


@mcp.tool
def forecast(city: str) -> str:
    # ruleid: MCP-503
    print("forecast for", city)
    return city


if __name__ == "__main__":
    if "--http" in sys.argv:
        # ok: MCP-503 -- HTTP mode: stdout is free
        print("serving on http://127.0.0.1:8000/mcp")
        mcp.run(transport="http")
    else:
        mcp.run(transport="stdio")
