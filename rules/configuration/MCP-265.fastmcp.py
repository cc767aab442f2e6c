"""Fixture for MCP-265: fastmcp servers."""

import os

import httpx
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_http_headers

# ruleid: MCP-265
no_audience = JWTVerifier(jwks_uri="https://auth.example.com/.well-known/jwks.json", issuer="https://auth.example.com")
# ok: MCP-265
verifier = JWTVerifier(
    jwks_uri="https://auth.example.com/.well-known/jwks.json",
    issuer="https://auth.example.com",
    audience="https://repos.example.com/mcp",
)
mcp = FastMCP("repos", auth=verifier)


@mcp.tool
async def list_repos() -> str:
    """List the caller's repositories."""
    auth = get_http_headers(include_all=True)["authorization"]
    async with httpx.AsyncClient() as client:
        # ruleid: MCP-265
        r = await client.get("https://api.github.com/user/repos", headers={"Authorization": auth})
    return r.text


@mcp.tool
async def forward_all() -> str:
    """Forwards every inbound header."""
    async with httpx.AsyncClient() as client:
        # ruleid: MCP-265
        r = await client.get("https://api.github.com/user", headers=get_http_headers(include_all=True))
    return r.text


@mcp.tool
async def forward_safe() -> str:
    """Forwards the default header set, which excludes authorization."""
    async with httpx.AsyncClient() as client:
        # ok: MCP-265
        r = await client.get("https://api.github.com/zen", headers=get_http_headers())
        # ok: MCP-265 -- the server's own token
        s = await client.get("https://api.github.com/rate_limit", headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}"})
    return r.text + s.text
