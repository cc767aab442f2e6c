"""Fixture for MCP-526: OAuth pages of an MCP server that is its own
authorization server."""

import html

from markupsafe import Markup
from mcp.server.auth.provider import OAuthAuthorizationServerProvider
from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

mcp = FastMCP("notes")
provider: OAuthAuthorizationServerProvider = ...
PRODUCT = "Notes"

# ruleid: MCP-526 -- a Jinja template string with |safe
CONSENT_TEMPLATE = """
<h1>Authorize</h1>
<p>{{ client_name|safe }} wants access.</p>
"""


@mcp.custom_route("/consent", methods=["GET"])
async def consent(request: Request) -> HTMLResponse:
    client = await provider.get_client(request.query_params["client_id"])
    # ruleid: MCP-526
    body = f"<h1>{client.client_name} wants to access your {PRODUCT}</h1>"
    # ruleid: MCP-526
    body += "<p>Redirect: {}</p>".format(request.query_params["redirect_uri"])
    # ruleid: MCP-526
    body += "<p>Scopes: %s</p>" % request.query_params.get("scope", "")
    # ok: MCP-526 -- escaped
    body += f"<p>{html.escape(client.client_uri or '')}</p>"
    # ok: MCP-526 -- a constant of the server
    body += f"<footer>{PRODUCT}</footer>"
    # ok: MCP-526 -- a number derived from the request, not its text
    body += f"<p>{len(request.query_params.get('scope', '').split())} scopes</p>"
    # ok: MCP-526 -- Markup of a constant
    body += Markup("<hr>")
    return HTMLResponse(body)


@mcp.custom_route("/oauth/error", methods=["GET"])
async def oauth_error(request: Request) -> Response:
    error_description = request.query_params.get("error_description", "")
    # ruleid: MCP-526
    page = "<h1>Login failed</h1><p>" + error_description + "</p>"
    # ruleid: MCP-526
    title = Markup(error_description)
    # ok: MCP-526 -- escaped before interpolation
    safe = f"<p>{html.escape(error_description)}</p>"
    return Response(page + str(title) + safe, media_type="text/html")


# ruleid: MCP-526
JINJA_PAGE = "<p>{{ client_name|safe }}</p>"
# ok: MCP-526 -- autoescaped
JINJA_SAFE = "<p>{{ client_name }}</p>"


@mcp.tool()
def describe(state: str) -> str:
    """A tool that echoes plain text (no HTML)."""
    # ok: MCP-526 -- no HTML markup
    return f"state is {state}"
