"""Fixture for MCP-274: fastmcp with the guard turned on through settings."""
import fastmcp
from fastmcp import FastMCP

fastmcp.settings.http_host_origin_protection = "auto"
mcp = FastMCP("weather")

if __name__ == "__main__":
    # ok: MCP-274 -- the guard is enabled in settings
    mcp.run(transport="http", host="127.0.0.1")
