"""Fixture for MCP-120: file modes and OAuth scopes in an MCP server."""

import os
import stat
from pathlib import Path

from mcp.client.auth import OAuthClientProvider
from mcp.server.auth.settings import AuthSettings, ClientRegistrationOptions
from mcp.server.fastmcp import FastMCP
from mcp.shared.auth import OAuthClientMetadata

WORLD = 0o777
PRIVATE = 0o600

mcp = FastMCP(
    "reports",
    auth=AuthSettings(
        issuer_url="https://auth.example.com",
        resource_server_url="https://mcp.example.com",
        # ruleid: MCP-120
        required_scopes=["reports:*"],
        client_registration_options=ClientRegistrationOptions(
            enabled=True,
            # ruleid: MCP-120
            valid_scopes=["reports:read", "admin"],
            # ok: MCP-120
            default_scopes=["reports:read"],
        ),
    ),
)

# ruleid: MCP-120
metadata = OAuthClientMetadata(client_name="cli", redirect_uris=["http://127.0.0.1:3030/cb"], scope="openid all")
# ok: MCP-120
narrow = OAuthClientMetadata(client_name="cli", redirect_uris=["http://127.0.0.1:3030/cb"], scope="openid reports:read")
# ruleid: MCP-120
SCOPES = ["https://www.googleapis.com/auth/drive"]
# ok: MCP-120 -- a narrow Drive scope
READONLY_SCOPES = ["https://www.googleapis.com/auth/drive.readonly"]
# ruleid: MCP-120
GITHUB_SCOPES = ["repo", "admin:org", "read:user"]
# ok: MCP-120
GITHUB_READ = ["read:org", "repo:status"]


def save(path: str, text: str) -> None:
    Path(path).write_text(text)
    # ruleid: MCP-120
    os.chmod(path, 0o666)
    # ruleid: MCP-120
    os.chmod(path, WORLD)
    # ruleid: MCP-120
    Path(path).chmod(0o777)
    # ruleid: MCP-120
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)
    # ok: MCP-120
    os.chmod(path, 0o644)
    # ok: MCP-120
    os.chmod(path, PRIVATE)
    # ok: MCP-120 -- a directory mode without others-write
    os.chmod(os.path.dirname(path), 0o755)
    # ok: MCP-120 -- umask-masked creation mode
    os.makedirs(os.path.dirname(path), mode=0o777, exist_ok=True)


def daemonize() -> None:
    # ruleid: MCP-120
    os.umask(0)
    # ok: MCP-120
    os.umask(0o077)
    # ok: MCP-120
    os.umask(0o022)


def search(query: str, scope: str = "all") -> list:
    # ok: MCP-120 -- a search scope, not an OAuth scope (the file mentions OAuth, but the value is a default parameter)
    return [query, scope]
