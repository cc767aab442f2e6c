"""Fixture for MCP-503: a low-level server on stdio_server()."""
import anyio
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

server = Server("files")


@server.call_tool()
async def call_tool(name: str, arguments: dict):
    # ruleid: MCP-503
    print(name, arguments)
    return []


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


anyio.run(main)
