"""Fixture for MCP-217: fastmcp behind an API-key check on the inbound request."""
import hmac
import os

from fastmcp import FastMCP
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware


class ApiKey(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        given = request.headers.get("x-api-key", "")
        if not hmac.compare_digest(given, os.environ["MCP_API_KEY"]):
            return Response(status_code=401)
        return await call_next(request)


mcp = FastMCP("weather")

if __name__ == "__main__":
    # ok: MCP-217 -- an API-key check before dispatch
    mcp.run(transport="http", host="0.0.0.0", middleware=[Middleware(ApiKey)])
