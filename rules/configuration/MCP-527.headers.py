"""Fixture for MCP-527: the same consent page in a project that sets
anti-framing headers (here, on the response) and uses CSRF middleware."""

from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette_csrf import CSRFMiddleware

mcp = FastMCP("proxy")
FRAME_HEADERS = {"X-Frame-Options": "DENY", "Content-Security-Policy": "frame-ancestors 'none'"}


@mcp.custom_route("/consent", methods=["GET"])
# ok: MCP-527
async def consent_page(request: Request) -> HTMLResponse:
    return HTMLResponse("<form method='post' action='/consent?redirect_uri=x'></form>", headers=FRAME_HEADERS)


@mcp.custom_route("/consent", methods=["POST"])
# ok: MCP-527 -- CSRF middleware in the project
async def consent_submit(request: Request) -> HTMLResponse:
    form = await request.form()
    return HTMLResponse("<p>approved</p>", headers=FRAME_HEADERS)
