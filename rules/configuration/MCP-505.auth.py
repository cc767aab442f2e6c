"""MCP-505 is quiet when a bearer token is verified on every request (MCP-266 then looks at session binding)."""

from fastmcp import Context, FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier

mcp = FastMCP("docs", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="docs"))
session_users: dict[str, str] = {}


@mcp.tool
def whoami(ctx: Context) -> str:
    # ok: MCP-505 -- every request carries a verified token
    return session_users.get(ctx.session_id, "unknown")
