"""Fixture for MCP-274: fastmcp (PrefectHQ), whose Host/Origin guard is off
unless host_origin_protection is set."""
from fastmcp import FastMCP

mcp = FastMCP("weather")


@mcp.tool
def forecast(city: str) -> str:
    return city


if __name__ == "__main__":
    # ruleid: MCP-274
    mcp.run(transport="http", host="127.0.0.1", port=8000)
    # ruleid: MCP-274
    mcp.run("streamable-http", port=8000, host_origin_protection=False)
    # ok: MCP-274 -- guard on for loopback
    mcp.run(transport="http", host="127.0.0.1", port=8000, host_origin_protection="auto")
    # ok: MCP-274 -- strict guard with allow-lists
    mcp.run(transport="http", host="0.0.0.0", host_origin_protection=True, allowed_hosts=["weather.example.com"], allowed_origins=["https://weather.example.com"])
    # ruleid: MCP-274
    app = mcp.http_app(path="/mcp")
    # ok: MCP-274 -- stdio
    mcp.run()
    # ok: MCP-274 -- stdio
    mcp.run(transport="stdio")
    # ruleid: MCP-274
    wide_open = mcp.http_app(host_origin_protection=True, allowed_hosts=["*"])
