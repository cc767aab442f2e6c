"""Fixture for MCP-520: token verifiers of MCP servers (official SDK)."""

import time

import httpx
import jwt
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP

RESOURCE = "https://crm-mcp.example.com/mcp"
KEY = open("/etc/crm-mcp/issuer.pem").read()


class DemoVerifier(TokenVerifier):
    # ruleid: MCP-520
    async def verify_token(self, token: str) -> AccessToken | None:
        return AccessToken(token=token, client_id="demo-client", scopes=["mcp:tools"], expires_at=int(time.time()) + 3600)


class DemoProvider:
    # ruleid: MCP-520
    async def load_access_token(self, token: str) -> AccessToken | None:
        scopes = ["user"]
        return AccessToken(token=token, client_id="any", scopes=scopes, expires_at=None)


class JwtVerifier(TokenVerifier):
    # ok: MCP-520
    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            claims = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE)
        except jwt.PyJWTError:
            return None
        return AccessToken(token=token, client_id=claims["client_id"], scopes=claims["scope"].split(), expires_at=claims["exp"])


class DecodingVerifier(TokenVerifier):
    # ok: MCP-520 -- jwt.decode raises on an invalid token; the error propagates
    async def verify_token(self, token: str) -> AccessToken | None:
        claims = jwt.decode(token, KEY, algorithms=["RS256"], audience=RESOURCE)
        return AccessToken(token=token, client_id=claims["client_id"], scopes=[], expires_at=claims["exp"])


class IntrospectionVerifier(TokenVerifier):
    # ok: MCP-520
    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient() as client:
            resp = await client.post("https://auth.example.com/introspect", data={"token": token})
        data = resp.json()
        if not data.get("active"):
            return None
        return AccessToken(token=token, client_id=data["client_id"], scopes=data["scope"].split(), expires_at=data["exp"])


class TableProvider:
    def __init__(self) -> None:
        self.tokens: dict[str, AccessToken] = {}

    # ok: MCP-520 -- a lookup: unknown tokens give None
    async def load_access_token(self, token: str) -> AccessToken | None:
        return self.tokens.get(token)


class DelegatingVerifier(TokenVerifier):
    def __init__(self, provider: TableProvider) -> None:
        self.provider = provider

    # ok: MCP-520 -- builds no AccessToken itself
    async def verify_token(self, token: str) -> AccessToken | None:
        return await self.provider.load_access_token(token)


mcp = FastMCP(
    "crm",
    token_verifier=JwtVerifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url=RESOURCE),
)
