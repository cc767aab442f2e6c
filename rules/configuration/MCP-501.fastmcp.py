"""Fixture for MCP-501: fastmcp (PrefectHQ) transports."""
from fastmcp import FastMCP

mcp = FastMCP("weather")

# ruleid: MCP-501
legacy = mcp.http_app(transport="sse")
# ok: MCP-501 -- Streamable HTTP
modern = mcp.http_app(transport="http")
# ok: MCP-501 -- default transport is Streamable HTTP
default = mcp.http_app()

if __name__ == "__main__":
    # ok: MCP-501 -- Streamable HTTP
    mcp.run(transport="http")
