"""Fixture for MCP-266: the same store in a server without authentication."""
from fastmcp import Context, FastMCP

mcp = FastMCP("orders")
pending: dict[str, dict] = {}


@mcp.tool
async def confirm_order(ctx: Context) -> str:
    # ok: MCP-266 -- no authentication in this server
    order = pending.pop(ctx.session_id)
    return str(order)
