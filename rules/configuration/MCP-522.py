"""Fixture for MCP-522: API-key middleware and a client for an MCP server."""
from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client
from mcp.server.fastmcp import FastMCP
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

mcp = FastMCP("files")
API_KEYS = {"k1"}


class ApiKeyMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        # ruleid: MCP-522
        key = request.query_params.get("api_key")
        # ruleid: MCP-522
        token = request.query_params["access_token"]
        # ok: MCP-522 -- the header
        header = request.headers.get("authorization", "")
        # ok: MCP-522 -- a pagination cursor, not a credential
        cursor = request.query_params.get("page_token")
        # ok: MCP-522 -- a harmless parameter
        fmt = request.query_params.get("format")
        if key not in API_KEYS and token not in API_KEYS and not header:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        return await call_next(request)


def flask_style(request):
    # ruleid: MCP-522
    return request.args.get("token")


def not_a_request(cli):
    # ok: MCP-522 -- command-line arguments, not a request
    return cli.args.get("token")


async def client(key: str) -> None:
    # ruleid: MCP-522
    async with streamablehttp_client(f"https://tools.example.com/mcp?api_key={key}") as (r, w, _):
        async with ClientSession(r, w) as session:
            await session.initialize()
    # ok: MCP-522 -- the key in a header
    async with streamablehttp_client("https://tools.example.com/mcp", headers={"Authorization": f"Bearer {key}"}) as (r, w, _):
        pass
    # ok: MCP-522 -- not an MCP endpoint
    weather = f"https://api.weather.example/v1/today?key={key}"
