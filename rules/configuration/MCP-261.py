"""Fixture for MCP-261: an MCP server that is its own OAuth authorization
server (official SDK provider plus custom routes)."""

import fnmatch
import re
from urllib.parse import urlparse

from mcp.server.auth.provider import AuthorizationParams, OAuthAuthorizationServerProvider
from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import RedirectResponse

mcp = FastMCP("notes")
ALLOWED_HOST = "app.example.com"
PATTERN = re.compile(r"https://[a-z]+\.example\.com/.*")


class Provider(OAuthAuthorizationServerProvider):
    def prefix_check(self, client, redirect_uri: str) -> bool:
        # ruleid: MCP-261
        return any(redirect_uri.startswith(uri) for uri in client.redirect_uris)

    def suffix_check(self, redirect_uri: str) -> bool:
        # ruleid: MCP-261
        return str(redirect_uri).endswith(".example.com/callback")

    def substring_check(self, params: AuthorizationParams) -> bool:
        # ruleid: MCP-261
        return ALLOWED_HOST in str(params.redirect_uri)

    def regex_check(self, redirect_uri: str) -> bool:
        # ruleid: MCP-261
        return PATTERN.match(redirect_uri) is not None

    def glob_check(self, redirect_uri: str, pattern: str) -> bool:
        # ruleid: MCP-261
        return fnmatch.fnmatch(redirect_uri, pattern)

    def host_check(self, redirect_uri: str) -> bool:
        # ruleid: MCP-261
        return urlparse(redirect_uri).netloc == ALLOWED_HOST

    def host_check_named(self, redirect_uri: str, registered: str) -> bool:
        parsed = urlparse(redirect_uri)
        # ruleid: MCP-261
        return parsed.hostname == urlparse(registered).hostname

    def exact(self, client, redirect_uri: str) -> bool:
        # ok: MCP-261
        return redirect_uri in [str(uri) for uri in client.redirect_uris]

    def exact_eq(self, registered: str, redirect_uri: str) -> bool:
        # ok: MCP-261
        return redirect_uri == registered

    def scheme_check(self, redirect_uri: str) -> bool:
        # ok: MCP-261 -- a scheme check, not a match against registered URIs
        return redirect_uri.startswith(("https://", "http://"))

    def loopback_port_wildcard(self, redirect_uri: str) -> bool:
        # ok: MCP-261 -- RFC 8252 loopback, any port
        return redirect_uri.startswith("http://127.0.0.1:")

    def loopback_host(self, redirect_uri: str) -> bool:
        # ok: MCP-261 -- loopback host check
        return urlparse(redirect_uri).hostname in ("localhost", "127.0.0.1")

    def unrelated(self, path: str) -> bool:
        # ok: MCP-261 -- not a redirect URI
        return path.startswith("/static/")


@mcp.custom_route("/oauth/callback", methods=["GET"])
async def callback(request: Request) -> RedirectResponse:
    redirect_uri = request.query_params["redirect_uri"]
    code = request.query_params["code"]
    # ruleid: MCP-261
    return RedirectResponse(f"{redirect_uri}?code={code}")


@mcp.custom_route("/login/callback", methods=["POST"])
async def login_callback(request: Request) -> RedirectResponse:
    form = await request.form()
    redirect_uri = await complete_login(form["username"], form["state"])
    # ok: MCP-261 -- the redirect URI comes from the server's stored authorization request
    return RedirectResponse(url=redirect_uri, status_code=302)


async def complete_login(username, state) -> str:
    return "https://client.example.com/cb"


@mcp.custom_route("/oauth/callback2", methods=["GET"])
async def callback_checked(request: Request) -> RedirectResponse:
    redirect_uri = request.query_params["redirect_uri"]
    client = await provider.get_client(request.query_params["client_id"])
    if redirect_uri not in [str(u) for u in client.redirect_uris]:
        return RedirectResponse("/error")
    # ok: MCP-261 -- looked up against the registered URIs first
    return RedirectResponse(f"{redirect_uri}?code={request.query_params['code']}")
