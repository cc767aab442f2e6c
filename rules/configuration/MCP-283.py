"""Fixture for MCP-283: an authenticated FastMCP server (official SDK)."""
import logging

from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import Context, FastMCP
from pydantic import AnyHttpUrl

log = logging.getLogger("audit")
mcp = FastMCP(
    "payments",
    token_verifier=IntrospectionVerifier(),
    auth=AuthSettings(issuer_url=AnyHttpUrl("https://auth.example.com"), resource_server_url=AnyHttpUrl("https://pay.example.com/mcp")),
)


@mcp.tool()
# ruleid: MCP-283
def refund(order_id: str, amount: int) -> str:
    """Refund an order."""
    return gateway.refund(order_id, amount)


@mcp.tool(name="balance")
# ruleid: MCP-283
async def get_balance(account: str) -> int:
    return await gateway.balance(account)


@mcp.tool()
# ok: MCP-283 -- logs the call
def charge(order_id: str, amount: int) -> str:
    log.info("charge order=%s amount=%s", order_id, amount)
    return gateway.charge(order_id, amount)


@mcp.tool()
# ok: MCP-283 -- reports through the MCP logging channel
async def void(order_id: str, ctx: Context) -> str:
    await ctx.info(f"void {order_id}")
    return gateway.void(order_id)


@mcp.resource("orders://{order_id}")
# ok: MCP-283 -- a resource, not a tool
def order(order_id: str) -> str:
    return gateway.order(order_id)


# ok: MCP-283 -- a helper, not a handler
def helper(order_id: str) -> str:
    return order_id
