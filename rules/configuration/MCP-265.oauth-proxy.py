"""Fixture for MCP-265: a fastmcp OAuth proxy. get_access_token() returns the
upstream token the proxy obtained for GitHub, so using it is not
passthrough."""

import os

import httpx
from fastmcp import FastMCP
from fastmcp.server.auth.providers.github import GitHubProvider
from fastmcp.server.dependencies import get_access_token

auth = GitHubProvider(
    client_id=os.environ["GITHUB_CLIENT_ID"],
    client_secret=os.environ["GITHUB_CLIENT_SECRET"],
    base_url="https://gh-mcp.example.com",
)
mcp = FastMCP("github", auth=auth)


@mcp.tool
async def whoami() -> str:
    """Return the GitHub login of the caller."""
    token = get_access_token()
    async with httpx.AsyncClient() as client:
        # ok: MCP-265 -- the upstream GitHub token issued through the proxy flow
        r = await client.get("https://api.github.com/user", headers={"Authorization": f"Bearer {token.token}"})
    return r.json()["login"]
