"""Fixture for MCP-504: MCP clients (official SDK) and an authenticated
server that advertises its resource URL."""
from mcp import ClientSession
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamablehttp_client
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from pydantic import AnyHttpUrl

REMOTE = "http://tools.acme-tools.net/mcp"
LOCAL = "http://127.0.0.1:8000/mcp"


async def connect_remote(token: str) -> None:
    # ruleid: MCP-504
    async with streamablehttp_client("http://mcp.acme-tools.net/mcp", headers={"Authorization": f"Bearer {token}"}) as (r, w, _):
        async with ClientSession(r, w) as session:
            await session.initialize()
    # ruleid: MCP-504
    async with streamablehttp_client(REMOTE) as (r, w, _):
        pass
    # ruleid: MCP-504
    async with sse_client(url="http://10.0.4.2:8080/sse") as (r, w):
        pass
    # ok: MCP-504 -- https
    async with streamablehttp_client("https://mcp.example.com/mcp") as (r, w, _):
        pass
    # ok: MCP-504 -- loopback
    async with streamablehttp_client(LOCAL) as (r, w, _):
        pass
    # ok: MCP-504 -- loopback by name
    async with sse_client("http://localhost:8000/sse") as (r, w):
        pass
    # ok: MCP-504 -- a container service name on the compose network
    async with streamablehttp_client("http://tools:8000/mcp") as (r, w, _):
        pass
    # ok: MCP-504 -- built at run time
    async with streamablehttp_client(f"http://{host}/mcp") as (r, w, _):
        pass


def fetch_docs() -> str:
    # ok: MCP-504 -- not an MCP endpoint
    return httpx.get("http://docs.example.com/index.html").text


server = FastMCP(
    "billing",
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.example.com"),
        # ruleid: MCP-504
        resource_server_url=AnyHttpUrl("http://billing.acme-tools.net/mcp"),
        required_scopes=["billing"],
    ),
)
local_server = FastMCP(
    "billing-dev",
    # ok: MCP-504 -- loopback
    auth=AuthSettings(issuer_url=AnyHttpUrl("http://localhost:9000"), resource_server_url=AnyHttpUrl("http://localhost:8000/mcp")),
)
