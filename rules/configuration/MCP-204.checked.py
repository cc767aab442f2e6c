"""MCP-204: scopes are checked, but a write scope is required by a server that only reads."""

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token

verifier = JWTVerifier(
    jwks_uri="https://auth.example.com/jwks",
    issuer="https://auth.example.com",
    audience="wiki",
    # ok: MCP-204 -- required (so checked), and needed by the read tools
    required_scopes=["wiki:read",
                     # ruleid: MCP-204 -- a write scope, but no tool writes
                     "wiki:admin"],
)
mcp = FastMCP("wiki", auth=verifier)


@mcp.tool
def search(query: str) -> list[str]:
    if "wiki:read" not in get_access_token().scopes:
        raise PermissionError("wiki:read required")
    return [query]
