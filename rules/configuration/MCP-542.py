"""Fixture for MCP-542: an MCP host sharing one token between servers."""

import os

import httpx
from mcp import ClientSession
from mcp.client.auth import OAuthClientProvider, TokenStorage
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamablehttp_client

API_TOKEN = os.environ["MCP_API_TOKEN"]
HEADERS = {"Authorization": f"Bearer {API_TOKEN}"}
SERVER_TOKENS = {"https://a.example.com/mcp": os.environ.get("A_TOKEN"), "https://b.example.com/mcp": os.environ.get("B_TOKEN")}


async def connect_all(servers: list[dict]) -> None:
    for server in servers:
        # ruleid: MCP-542 -- the same header for every server of the list
        async with streamablehttp_client(server["url"], headers=HEADERS) as (read, write, _):
            async with ClientSession(read, write) as session:
                await session.initialize()


async def connect_each(servers: list[dict]) -> None:
    for server in servers:
        # ok: MCP-542 -- a token per server
        async with streamablehttp_client(server["url"], headers={"Authorization": f"Bearer {SERVER_TOKENS[server['url']]}"}) as (r, w, _):
            pass
        # ok: MCP-542 -- the server entry carries its own token
        async with sse_client(server["sse"], headers={"Authorization": f"Bearer {server['token']}"}) as (r, w):
            pass


async def connect_oauth(urls: list[str], storage: TokenStorage) -> None:
    for url in urls:
        auth = OAuthClientProvider(server_url=url, client_metadata=None, storage=storage, redirect_handler=None, callback_handler=None)
        # ok: MCP-542 -- the SDK OAuth provider keeps tokens per server
        async with streamablehttp_client(url, auth=auth) as (r, w, _):
            pass


async def sync_profile(storage: TokenStorage) -> dict:
    tokens = await storage.get_tokens()
    # ruleid: MCP-542 -- the MCP server's token sent to another API
    r = httpx.get("https://profile.example.com/me", headers={"Authorization": f"Bearer {tokens.access_token}"})
    # ok: MCP-542 -- a different credential
    r2 = httpx.get("https://status.example.com/", headers={"User-Agent": "host/1.0"})
    return r.json() | r2.json()
