"""Fixture for MCP-527: consent pages of an MCP OAuth proxy (no secure-headers
or CSRF middleware in this project)."""

from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

mcp = FastMCP("proxy")


def render(client_id: str, redirect_uri: str, token: str = "") -> str:
    return f"<form method='post'><input type='hidden' name='csrf_token' value='{token}'></form>"


@mcp.custom_route("/consent", methods=["GET"])
# ruleid: MCP-527 -- frameable consent page
async def consent_page(request: Request) -> HTMLResponse:
    return HTMLResponse(render(request.query_params["client_id"], request.query_params["redirect_uri"]))


@mcp.custom_route("/consent", methods=["POST"])
# ruleid: MCP-527 -- approval without a CSRF check
async def consent_submit(request: Request) -> RedirectResponse:
    form = await request.form()
    approve(form["client_id"])
    return RedirectResponse(upstream_url(form["client_id"]), status_code=302)


@mcp.custom_route("/consent/v2", methods=["POST"])
# ok: MCP-527 -- the CSRF token is compared
async def consent_submit_checked(request: Request) -> RedirectResponse:
    form = await request.form()
    if form.get("csrf_token") != request.session.get("csrf_token"):
        return RedirectResponse("/error", status_code=302)
    approve(form["client_id"])
    return RedirectResponse(upstream_url(form["client_id"]), status_code=302)


@mcp.custom_route("/health", methods=["GET"])
# ok: MCP-527 -- not a consent page
async def health(request: Request) -> HTMLResponse:
    return HTMLResponse("<p>ok</p>")


@mcp.custom_route("/authorize/status", methods=["GET"])
# ok: MCP-527 -- JSON, not an HTML page
async def authorize_status(request: Request) -> dict:
    return {"status": "pending"}


def approve(client_id: str) -> None: ...
def upstream_url(client_id: str) -> str: return "https://idp.example.com/authorize"
