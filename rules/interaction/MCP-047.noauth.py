"""MCP-047 is quiet for a local, unauthenticated single-user server."""

import os

from github import Github
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("github")
gh = Github(os.environ["GITHUB_TOKEN"])


@mcp.tool()
def list_repos(org: str) -> list[str]:
    # ok: MCP-047 -- no per-request authentication: the only user is the one who configured the token
    return [r.name for r in gh.get_organization(org).get_repos()]
