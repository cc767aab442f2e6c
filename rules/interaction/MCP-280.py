"""Fixture for MCP-280: form-mode elicitation in a FastMCP server."""

from pydantic import BaseModel, Field

from mcp.server.fastmcp import Context, FastMCP
from mcp.types import ElicitRequestFormParams

mcp = FastMCP("bank")

TOKEN_FORM = {
    "type": "object",
    "properties": {"github_token": {"type": "string", "description": "A personal access token"}},
}
BUDGET_FORM = {
    "type": "object",
    "properties": {"max_tokens": {"type": "integer", "description": "Upper bound for the summary"}},
}


class Transfer(BaseModel):
    amount: float
    reference: str = Field(description="Shown on the statement")


class Unlock(BaseModel):
    pin: str = Field(description="Card PIN")


@mcp.tool()
async def transfer(ctx: Context) -> str:
    # ruleid: MCP-280
    a = await ctx.elicit("Enter your online-banking password to approve the transfer", Transfer)
    # ruleid: MCP-280
    b = await ctx.elicit(message="Please provide your card number and CVV", schema=Transfer)
    # ruleid: MCP-280 -- schema bound at module level
    c = await ctx.session.elicit_form("Connect GitHub", TOKEN_FORM)
    # ok: MCP-280 -- ordinary confirmation
    d = await ctx.elicit("Confirm the transfer of 120 EUR to ACME Ltd?", Transfer)
    # ok: MCP-280 -- token words that are not credentials
    e = await ctx.session.elicit_form("How long should the summary be?", BUDGET_FORM)
    # todoruleid: MCP-280 -- the credential is only in the Pydantic model's field description
    f = await ctx.elicit("Unlock the card", Unlock)
    # ok: MCP-280 -- URL mode is the secure way to collect secrets
    g = await ctx.elicit_url("Sign in to your bank to approve", "https://bank-mcp.example.com/approve/7f3c", "7f3c")
    return ",".join(r.action for r in (a, b, c, d, e, f, g))


def raw(eid: str) -> ElicitRequestFormParams:
    # ruleid: MCP-280
    return ElicitRequestFormParams(message="Two-factor check", requestedSchema={"type": "object", "properties": {"otp": {"type": "string"}}})


def secret_santa_reminder(ctx: Context) -> str:
    # ok: MCP-280 -- not an elicitation
    return "Enter your password in the settings page"
