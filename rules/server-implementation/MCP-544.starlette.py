"""Fixture for MCP-544: a Starlette proxy that starts stdio MCP servers from the request."""

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DEFAULT = StdioServerParameters(command="uvx", args=["mcp-server-time"])


async def list_tools(params: StdioServerParameters) -> list[str]:
    # ruleid: MCP-544 -- reached from the routes below (deep mode)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            return [t.name for t in (await session.list_tools()).tools]


async def connect(req: Request):
    cmd = req.query_params.get("cmd", "")
    # ruleid: MCP-544
    return JSONResponse(await list_tools(StdioServerParameters(command=cmd)))


async def launch(request: Request):
    data = await request.json()
    # ruleid: MCP-544
    return JSONResponse(await list_tools(StdioServerParameters(command=data["command"], args=data["args"])))


async def default(request: Request):
    # ok: MCP-544 -- a constant definition; the request only asks for it
    verbose = request.query_params.get("verbose") == "1"
    return JSONResponse({"tools": await list_tools(DEFAULT), "verbose": verbose})


app = Starlette(routes=[Route("/connect", connect), Route("/launch", launch, methods=["POST"]), Route("/default", default)])
