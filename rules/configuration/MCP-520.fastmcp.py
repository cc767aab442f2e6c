"""Fixture for MCP-520: fastmcp servers and their development verifiers."""

import os

from fastmcp import FastMCP
from fastmcp.server.auth.providers.debug import DebugTokenVerifier
from fastmcp.server.auth.providers.jwt import JWTVerifier, StaticTokenVerifier


async def known_token(token: str) -> bool:
    return token in os.environ.get("MCP_API_TOKENS", "").split(",")


# ruleid: MCP-520
accept_all = DebugTokenVerifier()
# ruleid: MCP-520
accept_all_scoped = DebugTokenVerifier(client_id="dev", scopes=["read"])
# ruleid: MCP-520
always_true = DebugTokenVerifier(validate=lambda token: True)
# ruleid: MCP-520
static = StaticTokenVerifier(tokens={"dev-token-123": {"client_id": "dev", "scopes": ["read"]}})

# ok: MCP-520 -- a real validation callable
checked = DebugTokenVerifier(validate=known_token)
# ok: MCP-520 -- a positional validation callable
checked_positional = DebugTokenVerifier(known_token, client_id="ops")
# ok: MCP-520
jwt_auth = JWTVerifier(jwks_uri="https://auth.example.com/.well-known/jwks.json", issuer="https://auth.example.com", audience="https://notes.example.com/mcp")

mcp = FastMCP("notes", auth=jwt_auth)
