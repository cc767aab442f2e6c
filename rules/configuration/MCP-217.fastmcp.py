"""Fixture for MCP-217: fastmcp on a host taken from the environment, with an
outgoing Authorization header that is not inbound authentication."""
import os

import httpx
from fastmcp import FastMCP

mcp = FastMCP("github")


@mcp.tool
async def repos(user: str) -> str:
    headers = {"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}"}
    return (await httpx.AsyncClient().get(f"https://api.github.com/users/{user}/repos", headers=headers)).text


if __name__ == "__main__":
    # ruleid: MCP-217
    mcp.run(transport="http", host=os.environ.get("HOST", "0.0.0.0"), port=8000)


async def serve(server, **bind_kwargs):
    # ok: MCP-217 -- a pass-through wrapper: the options come from the caller
    await server.run_streamable_http_async(**bind_kwargs)
