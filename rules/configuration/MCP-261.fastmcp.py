"""Fixture for MCP-261: fastmcp OAuth proxy redirect-URI allow-lists."""

import os

from fastmcp import FastMCP
from fastmcp.server.auth.providers.github import GitHubProvider

ALLOWED_REDIRECT_URIS = [
    "http://localhost:*",
    # ruleid: MCP-261
    "https://*.example.com/*",
]

auth = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    allowed_client_redirect_uris=[
        # ok: MCP-261 -- loopback with any port
        "http://localhost:*",
        # ok: MCP-261 -- loopback with any port and a fixed path
        "http://127.0.0.1:*/callback",
        # ok: MCP-261 -- an exact URI
        "https://claude.ai/api/mcp/auth_callback",
        # ruleid: MCP-261
        "https://*",
        # ruleid: MCP-261 -- localhost without the port colon also admits localhost.evil.com
        "http://localhost*",
    ],
)

mcp = FastMCP("github", auth=auth)
