"""Fixture for MCP-268: an HTTP entry point whose tools live in another module."""
from mcp.server.fastmcp import FastMCP

from .tools import register

mcp = FastMCP("files")
register(mcp)

if __name__ == "__main__":
    # todoruleid: MCP-268 -- tools are registered in another module; deep mode joins the files
    mcp.run(transport="streamable-http")
    # ok: MCP-268 -- stdio
    mcp.run(transport="stdio")
