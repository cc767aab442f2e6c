"""Fixture for MCP-521: an MCP server that is its own authorization server."""

import secrets
import time
from datetime import timedelta

import httpx
import jwt
from mcp.server.auth.provider import AccessToken, OAuthAuthorizationServerProvider, RefreshToken
from mcp.server.fastmcp import FastMCP
from mcp.shared.auth import OAuthToken

KEY = open("/etc/notes-mcp/signing.pem").read()
RESOURCE = "https://notes.example.com/mcp"
THIRTY_DAYS = 60 * 60 * 24 * 30
ONE_HOUR = 3600


class Provider(OAuthAuthorizationServerProvider):
    def __init__(self) -> None:
        self.tokens: dict[str, AccessToken] = {}

    async def exchange_authorization_code(self, client, code) -> OAuthToken:
        token = secrets.token_urlsafe(32)
        # ruleid: MCP-521
        self.tokens[token] = AccessToken(token=token, client_id=client.client_id, scopes=code.scopes, expires_at=None)
        # ruleid: MCP-521
        return OAuthToken(access_token=token, token_type="Bearer", expires_in=31536000, scope=" ".join(code.scopes))

    async def issue_long(self, client) -> dict:
        token = secrets.token_urlsafe(32)
        # ruleid: MCP-521 -- bound to a module constant
        self.tokens[token] = AccessToken(token=token, client_id=client.client_id, scopes=[], expires_at=int(time.time()) + 86400 * 30)
        # ruleid: MCP-521
        return {"access_token": token, "token_type": "Bearer", "expires_in": THIRTY_DAYS}

    async def issue_short(self, client) -> OAuthToken:
        token = secrets.token_urlsafe(32)
        # ok: MCP-521
        self.tokens[token] = AccessToken(token=token, client_id=client.client_id, scopes=[], expires_at=int(time.time()) + ONE_HOUR)
        # ok: MCP-521
        return OAuthToken(access_token=token, token_type="Bearer", expires_in=ONE_HOUR)

    async def exchange_refresh_token(self, client, refresh_token, scopes) -> OAuthToken:
        # ok: MCP-521 -- refresh tokens may live longer
        new_refresh = RefreshToken(token=secrets.token_urlsafe(32), client_id=client.client_id, scopes=scopes, expires_at=int(time.time()) + 86400 * 30)
        # ok: MCP-521 -- one day exactly
        return OAuthToken(access_token=secrets.token_urlsafe(32), token_type="Bearer", expires_in=60 * 60 * 24, refresh_token=new_refresh.token)


class RemoteVerifier:
    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient() as client:
            resp = await client.get("https://api.github.com/user", headers={"Authorization": f"Bearer {token}"})
        if resp.status_code != 200:
            return None
        # ok: MCP-521 -- the upstream re-validates the token on every request
        return AccessToken(token=token, client_id=str(resp.json()["id"]), scopes=[], expires_at=None)


def verify(token: str) -> dict:
    # ruleid: MCP-521
    claims = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE, options={"verify_exp": False})
    # ok: MCP-521
    checked = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE, options={"require": ["exp"]})
    return {"claims": claims, "checked": checked}


def sign(sub: str) -> str:
    now = int(time.time())
    # ruleid: MCP-521
    return jwt.encode({"sub": sub, "aud": RESOURCE, "iat": now, "exp": now + timedelta(days=90).total_seconds()}, KEY, algorithm="RS256")


def sign_short(sub: str) -> str:
    now = int(time.time())
    # ok: MCP-521
    return jwt.encode({"sub": sub, "aud": RESOURCE, "iat": now, "exp": now + 900}, KEY, algorithm="RS256")


def cache_settings() -> dict:
    # ok: MCP-521 -- not a token lifetime key
    return {"cache_max_age": 31536000, "retention_days": 365}


mcp = FastMCP("notes", auth_server_provider=Provider())
