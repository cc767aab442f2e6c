"""Fixture for MCP-265: token validation and downstream calls in MCP servers
built on the official SDK."""

import httpx
import jwt
import requests
from authlib.jose import jwt as authlib_jwt
from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.fastmcp import Context, FastMCP
from mcp.shared.auth_utils import check_resource_allowed

RESOURCE = "https://crm-mcp.example.com/mcp"
KEY = open("/etc/crm-mcp/issuer.pem").read()
mcp = FastMCP("crm")


class NoAudienceVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ruleid: MCP-265
        claims = jwt.decode(token, KEY, algorithms=["RS256"], issuer="https://auth.example.com")
        return AccessToken(token=token, client_id=claims["client_id"], scopes=[], expires_at=claims["exp"])


class AudienceOffVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ruleid: MCP-265
        claims = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE, options={"verify_aud": False})
        return AccessToken(token=token, client_id=claims["client_id"], scopes=[], expires_at=claims["exp"])


def authlib_verify(token: str) -> dict:
    # ruleid: MCP-265
    claims = authlib_jwt.decode(token, KEY)
    claims.validate()
    return claims


class AudienceVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ok: MCP-265
        claims = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE)
        return AccessToken(token=token, client_id=claims["client_id"], scopes=[], expires_at=claims["exp"])


class ResourceClaimVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ok: MCP-265 -- the resource claim is checked by hand
        claims = jwt.decode(token, KEY, algorithms=["RS256"])
        if not check_resource_allowed(claims.get("resource", ""), RESOURCE):
            return None
        return AccessToken(token=token, client_id=claims["client_id"], scopes=[], expires_at=claims["exp"])


def authlib_verify_aud(token: str) -> dict:
    # ok: MCP-265
    claims = authlib_jwt.decode(token, KEY, claims_options={"aud": {"essential": True, "value": RESOURCE}})
    claims.validate()
    return claims


def decode_own_state(state: str) -> dict:
    # ok: MCP-265 -- a JWT this server issued to itself, outside token verification
    return jwt.decode(state, KEY, algorithms=["HS256"])


@mcp.tool()
async def list_deals(ctx: Context) -> str:
    """List the caller's deals from the upstream CRM."""
    request = ctx.request_context.request
    auth = request.headers["authorization"]
    async with httpx.AsyncClient() as client:
        # ruleid: MCP-265
        r = await client.get("https://api.crm.example.com/deals", headers={"Authorization": auth})
    return r.text


@mcp.tool()
async def list_contacts(ctx: Context) -> str:
    """List contacts."""
    token = get_access_token()
    # ruleid: MCP-265
    r = requests.get("https://api.crm.example.com/contacts", headers={"Authorization": f"Bearer {token.token}"})
    return r.text


@mcp.tool()
async def list_accounts(ctx: Context) -> str:
    """List accounts."""
    headers = {"Accept": "application/json"}
    # ruleid: MCP-265
    headers["Authorization"] = "Bearer " + get_access_token().token
    return requests.get("https://api.crm.example.com/accounts", headers=headers).text


@mcp.tool()
async def proxy_everything(ctx: Context) -> str:
    """Proxy a request upstream."""
    # ruleid: MCP-265
    return httpx.get("https://api.crm.example.com/raw", headers=dict(ctx.request_context.request.headers)).text


@mcp.tool()
async def list_notes(ctx: Context) -> str:
    """Uses the server's own credential for the upstream API."""
    user = get_access_token()
    # ok: MCP-265 -- the server's own credential, not the inbound token
    r = requests.get("https://api.crm.example.com/notes", headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}, params={"owner": user.client_id})
    return r.text


@mcp.tool()
async def list_files(ctx: Context) -> str:
    """Exchanges the inbound token for a downstream token first (RFC 8693)."""
    inbound = get_access_token().token
    downstream = await sts.exchange_token(inbound, audience="https://files.example.com")
    # ok: MCP-265 -- token exchange before the call
    return requests.get("https://files.example.com/list", headers={"Authorization": f"Bearer {downstream}"}).text


@mcp.tool()
async def profile(ctx: Context) -> str:
    """Looks the caller up; the token is only an argument of the lookup."""
    account = lookup_account(get_access_token().client_id)
    # ok: MCP-265 -- a per-user credential from the server's own store
    return requests.get("https://api.crm.example.com/me", headers={"Authorization": f"Bearer {account.crm_token}"}).text


@mcp.tool()
async def forward_trace(ctx: Context) -> str:
    """Forwards only a tracing header."""
    request = ctx.request_context.request
    # ok: MCP-265 -- not the Authorization header
    return httpx.get("https://api.crm.example.com/ping", headers={"traceparent": request.headers.get("traceparent", "")}).text
