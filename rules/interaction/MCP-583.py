"""Fixture for MCP-583: URL-mode elicitations from a FastMCP server."""

import secrets
from urllib.parse import urlencode

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.fastmcp import Context, FastMCP
from mcp.types import ElicitRequestURLParams

mcp = FastMCP("payments")
PORTAL = "https://pay.example.com"


@mcp.tool()
async def add_card(user_email: str, ctx: Context) -> str:
    """Ask the user to add a payment card in the browser."""
    eid = secrets.token_urlsafe(16)
    # ruleid: MCP-583
    r1 = await ctx.elicit_url("Add a card", f"{PORTAL}/cards/new?email={user_email}", eid)
    tok = get_access_token()
    # ruleid: MCP-583 -- the caller's access token in the link
    r2 = await ctx.elicit_url("Add a card", PORTAL + "/cards/new?t=" + tok.token, eid)
    link = PORTAL + "/cards/new?" + urlencode({"session": ctx.session_id, "id": eid})
    # ruleid: MCP-583 -- bound in the same function
    r3 = await ctx.session.elicit_url(message="Add a card", url=link, elicitation_id=eid)
    # ok: MCP-583 -- only an opaque single-use ID
    r4 = await ctx.elicit_url("Add a card", f"{PORTAL}/cards/new/{eid}", eid)
    # ok: MCP-583 -- opaque ID as a query parameter
    r5 = await ctx.session.elicit_url(message="Add a card", url=f"{PORTAL}/cards/new?id={eid}", elicitation_id=eid)
    # ok: MCP-583 -- a constant page
    r6 = await ctx.elicit_url("Review our terms", "https://pay.example.com/terms", eid)
    return ",".join(r.action for r in (r1, r2, r3, r4, r5, r6))


def url_params(eid: str, code: str) -> tuple:
    # ruleid: MCP-583
    unsafe = ElicitRequestURLParams(message="Finish login", url=f"{PORTAL}/login?code={code}", elicitationId=eid)
    # ok: MCP-583
    safe = ElicitRequestURLParams(message="Finish login", url=f"{PORTAL}/login/{eid}", elicitationId=eid)
    return unsafe, safe


def share_link(token: str) -> str:
    # ok: MCP-583 -- not an elicitation
    return f"{PORTAL}/download?token={token}"
