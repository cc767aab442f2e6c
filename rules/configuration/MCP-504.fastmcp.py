"""Fixture for MCP-504: a fastmcp client."""
from fastmcp import Client
from fastmcp.client.transports import StreamableHttpTransport


async def main() -> None:
    # ruleid: MCP-504
    async with Client("http://weather.acme-tools.net/mcp") as client:
        await client.ping()
    # ok: MCP-504 -- https
    async with Client(StreamableHttpTransport("https://weather.example.org/mcp")) as client:
        await client.ping()
    # ok: MCP-504 -- an in-process server object
    async with Client(server) as client:
        await client.ping()
