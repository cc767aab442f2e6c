"""Fixture for MCP-283: fastmcp with a logging middleware covering tool calls."""
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.middleware.logging import LoggingMiddleware

mcp = FastMCP("payments", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="payments"))
mcp.add_middleware(LoggingMiddleware(include_payloads=False))


@mcp.tool
# ok: MCP-283 -- the middleware logs every call
def refund(order_id: str) -> str:
    return gateway.refund(order_id)
