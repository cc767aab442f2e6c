"""Fixture for MCP-217: the same server with bearer-token authentication."""
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from pydantic import AnyHttpUrl

mcp = FastMCP(
    "inventory",
    host="0.0.0.0",
    token_verifier=IntrospectionVerifier("https://auth.example.com/introspect"),
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.example.com"),
        resource_server_url=AnyHttpUrl("https://inventory.example.com/mcp"),
        required_scopes=["inventory"],
    ),
)

if __name__ == "__main__":
    # ok: MCP-217 -- authenticated
    mcp.run(transport="streamable-http")
