"""Fixture for MCP-524: OAuth URLs in MCP servers and clients (official SDK)."""

import os

from mcp.client.auth import OAuthClientProvider
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.shared.auth import OAuthClientMetadata
from pydantic import AnyHttpUrl

ISSUER = "http://auth.example.com"
LOCAL_ISSUER = "http://localhost:9000"

mcp = FastMCP(
    "notes",
    auth=AuthSettings(
        # ruleid: MCP-524
        issuer_url=ISSUER,
        # ruleid: MCP-524
        resource_server_url=AnyHttpUrl("http://notes.example.com/mcp"),
    ),
)

dev = AuthSettings(
    # ok: MCP-524 -- loopback issuer for local development
    issuer_url=LOCAL_ISSUER,
    # ok: MCP-524
    resource_server_url="https://notes.example.com/mcp",
)

metadata = OAuthClientMetadata(
    client_name="notes-cli",
    redirect_uris=[
        # ok: MCP-524 -- loopback redirect
        "http://127.0.0.1:8765/callback",
        # ruleid: MCP-524
        "http://app.example.com/oauth/callback",
        # ok: MCP-524
        "https://app.example.com/oauth/callback",
    ],
)

as_metadata = {
    "issuer": "https://auth.example.com",
    # ruleid: MCP-524
    "token_endpoint": "http://auth.example.com/token",
    # ok: MCP-524 -- localhost.example.com is not loopback, but this one is https
    "authorization_endpoint": "https://localhost.example.com/authorize",
}

# ruleid: MCP-524
os.environ["MCP_DANGEROUSLY_ALLOW_INSECURE_ISSUER_URL"] = "true"
# ok: MCP-524 -- switched off
os.environ["MCP_DANGEROUSLY_ALLOW_INSECURE_ISSUER_URL"] = "false"


def dynamic(host: str) -> AuthSettings:
    # ok: MCP-524 -- built at run time (not judged)
    return AuthSettings(issuer_url=f"http://{host}", resource_server_url="https://notes.example.com/mcp")


def docs_link() -> dict:
    # ok: MCP-524 -- not an OAuth endpoint
    return {"homepage": "http://example.com"}
