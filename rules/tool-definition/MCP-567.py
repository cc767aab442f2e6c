from typing import Any

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ops")


@mcp.tool()
# ruleid: MCP-567 -- **kwargs
def configure(name: str, **options) -> str:
    """Sets options."""
    return name


@mcp.tool()
def store(
    # ruleid: MCP-567 -- typed Any
    value: Any,
    # ok: MCP-567 -- a typed parameter
    key: str,
) -> str:
    """Stores a value."""
    return key


@mcp.tool()
# ruleid: MCP-567 -- a bare dict
def update(payload: dict) -> str:
    """Updates a record."""
    return ""
