"""Fixture for MCP-202 with the fastmcp package (PyPI fastmcp)."""

import os

from fastmcp import Context, FastMCP
from fastmcp.server.dependencies import get_access_token, get_http_headers
from loguru import logger

mcp = FastMCP("crm")


class Settings:
    def __init__(self) -> None:
        self.api_key = os.environ["CRM_API_KEY"]
        self.base_url = os.environ.get("CRM_URL", "https://crm.example.com")

    def describe(self) -> str:
        return f"CRM at {self.base_url}"


@mcp.tool
async def search_contacts(query: str, ctx: Context) -> str:
    headers = get_http_headers(include_all=True)
    # ruleid: MCP-202 -- the inbound Authorization header, sent back as an MCP log
    await ctx.info(f"auth: {headers.get('authorization')}")
    token = get_access_token()
    # ruleid: MCP-202 -- loguru
    logger.debug("caller token {}", token.token)
    # ok: MCP-202 -- scopes are not a secret
    logger.debug("caller scopes {}", token.scopes)
    # ok: MCP-202 -- not a secret
    await ctx.info(f"searching for {query}")
    return "no contacts"


@mcp.tool
def about() -> str:
    # ok: MCP-202 -- the description holds no secret
    return Settings().describe()


@mcp.resource("config://env")
def env_resource() -> str:
    # ruleid: MCP-202 -- a resource exposing the environment
    return str(os.environ)
