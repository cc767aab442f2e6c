"""Fixture for MCP-263: an MCP OAuth proxy that remembers consent in cookies."""

from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

mcp = FastMCP("proxy")
CONSENT_COOKIE = "mcp_consent"
SECURE_COOKIE = "__Host-mcp_consent"


def upstream_authorize_url(request: Request) -> str:
    return "https://github.com/login/oauth/authorize?client_id=..."


def cookie_name(base: str) -> str:
    return base


@mcp.custom_route("/consent/approve", methods=["POST"])
async def approve(request: Request) -> RedirectResponse:
    response = RedirectResponse(upstream_authorize_url(request), status_code=302)
    # ruleid: MCP-263 -- no __Host- prefix (name), no Secure (call), no HttpOnly (method); SameSite defaults to lax in Starlette
    response.set_cookie(CONSENT_COOKIE, "signed-value")
    # ok: MCP-263
    response.set_cookie(SECURE_COOKIE, "signed-value", secure=True, httponly=True, samesite="lax", path="/")
    # ruleid: MCP-263 -- SameSite=None
    response.set_cookie(key="__Host-oauth_state", value="s", secure=True, httponly=True, samesite="none", path="/")
    # ruleid: MCP-263 -- Secure turned off
    response.set_cookie("__Host-session", "s", secure=False, httponly=True, samesite="strict", path="/")
    # ok: MCP-263 -- the name comes from a helper (it adds __Host- on HTTPS); the other attributes are set
    response.set_cookie(cookie_name("consent"), "v", secure=request.url.scheme == "https", httponly=True, samesite="lax", path="/")
    # ok: MCP-263 -- not a consent, OAuth or session cookie
    response.set_cookie("theme", "dark")
    return response
