"""Fixture for MCP-268: a local HTTP bridge that spawns stdio servers."""
from mcp import StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport

bridge = Server("bridge")
# ruleid: MCP-268
sse = SseServerTransport("/messages/")


async def launch(request):
    params = StdioServerParameters(command=request.query_params["command"], args=[])
    async with stdio_client(params) as streams:
        return streams
