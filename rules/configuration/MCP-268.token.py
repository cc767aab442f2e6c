"""Fixture for MCP-268: a local server that checks a per-launch token."""
import hmac
import secrets

from fastmcp import FastMCP
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware

LAUNCH_TOKEN = secrets.token_urlsafe(32)


class LaunchToken(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if not hmac.compare_digest(request.headers.get("authorization", ""), f"Bearer {LAUNCH_TOKEN}"):
            return Response(status_code=401)
        return await call_next(request)


mcp = FastMCP("files")


@mcp.tool
def read(path: str) -> str:
    return open(path).read()


if __name__ == "__main__":
    # ok: MCP-268 -- per-launch token
    mcp.run(transport="http", host="127.0.0.1", middleware=[Middleware(LaunchToken)])
