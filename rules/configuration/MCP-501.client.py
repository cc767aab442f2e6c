"""Fixture for MCP-501: an MCP client using the SSE client transport."""
from mcp import ClientSession
from mcp.client.sse import sse_client


async def main() -> None:
    # ok: MCP-501 -- a client reaching an old server
    async with sse_client("http://localhost:8000/sse") as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
