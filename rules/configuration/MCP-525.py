"""Fixture for MCP-525: fastmcp OAuth proxies."""

import os

from fastmcp import FastMCP
from fastmcp.server.auth import OAuthProxy
from fastmcp.server.auth.oidc_proxy import OIDCProxy
from fastmcp.server.auth.providers.github import GitHubProvider
from fastmcp.server.auth.providers.jwt import JWTVerifier

SKIP_CONSENT = False
verifier = JWTVerifier(jwks_uri="https://idp.example.com/jwks", issuer="https://idp.example.com", audience="https://mcp.example.com")

proxy = OAuthProxy(
    upstream_authorization_endpoint="https://idp.example.com/authorize",
    upstream_token_endpoint="https://idp.example.com/token",
    upstream_client_id=os.environ["IDP_CLIENT_ID"],
    upstream_client_secret=os.environ["IDP_CLIENT_SECRET"],
    token_verifier=verifier,
    base_url="https://mcp.example.com",
    # ruleid: MCP-525
    require_authorization_consent=False,
)

oidc = OIDCProxy(
    config_url="https://idp.example.com/.well-known/openid-configuration",
    client_id=os.environ["IDP_CLIENT_ID"],
    client_secret=os.environ["IDP_CLIENT_SECRET"],
    base_url="https://mcp.example.com",
    # ruleid: MCP-525 -- bound to a constant
    require_authorization_consent=SKIP_CONSENT,
)

github = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # ruleid: MCP-525
    require_authorization_consent="external",
)

documented = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # The enterprise gateway in front of this server shows a per-client consent page.
    # ok: MCP-525 -- "external" with the consent location documented
    require_authorization_consent="external",
)

default = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # ok: MCP-525
    require_authorization_consent=True,
)

remember = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # ok: MCP-525
    require_authorization_consent="remember",
)

mcp = FastMCP("proxy", auth=default)
