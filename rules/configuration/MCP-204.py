"""Fixture for MCP-204: a read-only server advertising scopes it never uses."""

from fastmcp import FastMCP
from fastmcp.server.auth import OAuthProxy
from fastmcp.server.auth.providers.jwt import JWTVerifier

verifier = JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="wiki")
proxy = OAuthProxy(
    upstream_authorization_endpoint="https://auth.example.com/authorize",
    upstream_token_endpoint="https://auth.example.com/token",
    upstream_client_id="wiki-mcp",
    upstream_client_secret="…",
    token_verifier=verifier,
    base_url="https://wiki-mcp.example.com",
    # ruleid: MCP-204 -- never checked anywhere
    valid_scopes=["wiki:read",
                  # ruleid: MCP-204 -- never checked, and a write scope on a read-only server
                  "wiki:write",
                  # ok: MCP-204 -- OpenID identity scopes are not tool permissions
                  "openid",
                  # ok: MCP-204 -- a wildcard is MCP-120's
                  "wiki:*"],
)
mcp = FastMCP("wiki", auth=proxy)


@mcp.tool
def search(query: str) -> list[str]:
    return [query]
