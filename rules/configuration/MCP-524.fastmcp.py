"""Fixture for MCP-524: fastmcp OAuth proxy and JWT verifier URLs."""

import os

from fastmcp import FastMCP
from fastmcp.server.auth import OAuthProxy
from fastmcp.server.auth.providers.jwt import JWTVerifier

verifier = JWTVerifier(
    # ruleid: MCP-524
    jwks_uri="http://idp.example.com/.well-known/jwks.json",
    issuer="https://idp.example.com",
    audience="https://mcp.example.com/mcp",
)

auth = OAuthProxy(
    # ruleid: MCP-524
    upstream_authorization_endpoint="http://idp.example.com/oauth/authorize",
    # ok: MCP-524
    upstream_token_endpoint="https://idp.example.com/oauth/token",
    upstream_client_id=os.environ["CLIENT_ID"],
    upstream_client_secret=os.environ["CLIENT_SECRET"],
    token_verifier=verifier,
    base_url="https://mcp.example.com",
)

mcp = FastMCP("proxy", auth=auth)
