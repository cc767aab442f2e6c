"""Fixture for MCP-283: a server without authentication (MCP-051's domain)."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("payments")


@mcp.tool()
# ok: MCP-283 -- no authentication configured
def refund(order_id: str) -> str:
    return gateway.refund(order_id)
