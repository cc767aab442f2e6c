"""Fixture for MCP-251: personal data in the logs of a FastMCP server."""

import hashlib
import logging

import structlog
from mcp.server.fastmcp import Context, FastMCP

log = logging.getLogger("crm")
slog = structlog.get_logger()
mcp = FastMCP("crm")


def mask_email(email: str) -> str:
    name, _, domain = email.partition("@")
    return name[:1] + "***@" + domain


@mcp.tool()
async def update_contact(customer_id: str, email: str, phone: str, ctx: Context) -> str:
    """Update a customer's contact details."""
    customer = db.get(customer_id)
    # ruleid: MCP-251
    log.info("updating %s: %s -> %s", customer_id, customer.email, email)
    # ruleid: MCP-251
    logging.warning(f"phone changed for {customer.full_name}")
    # ruleid: MCP-251 -- structured key
    slog.info("contact.update", email=email, customer_id=customer_id)
    # ruleid: MCP-251 -- MCP log notification to the client
    await ctx.info(f"Updated phone to {phone}")
    # ruleid: MCP-251 -- the whole record
    log.debug("customer record: %s", customer.model_dump())
    # ok: MCP-251 -- only the ID
    log.info("updated customer %s", customer_id)
    # ok: MCP-251 -- masked
    log.info("new address on file: %s", mask_email(email))
    # ok: MCP-251 -- hashed
    log.info("email hash %s", hashlib.sha256(email.encode()).hexdigest())
    # ok: MCP-251 -- the word only in the message
    log.info("email updated")
    # ok: MCP-251 -- a field that is not personal data
    log.info("email verified: %s", customer.email_verified)
    db.save(customer)
    return "ok"


@mcp.tool()
async def export(ctx: Context) -> str:
    for user in db.users():
        # ruleid: MCP-251
        print("exporting", user)
        # ruleid: MCP-251
        await ctx.session.send_log_message(level="info", data={"email": user.email})
    # ok: MCP-251 -- a server address, not a postal one
    log.info("export done on %s", server.address)
    return "done"
