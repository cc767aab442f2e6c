"""Fixture for MCP-521: a fastmcp OAuth proxy with a long FastMCP token lifetime."""

import os

from fastmcp import FastMCP
from fastmcp.server.auth.providers.github import GitHubProvider

long_lived = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # ruleid: MCP-521
    fastmcp_access_token_expiry_seconds=60 * 60 * 24 * 7,
)

auth = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
    # ok: MCP-521
    fastmcp_access_token_expiry_seconds=8 * 3600,
)

mcp = FastMCP("github", auth=auth)
