"""Fixture for MCP-306: request logging in MCP servers."""

import logging

import jwt
from mcp.server.fastmcp import FastMCP
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger(__name__)
mcp = FastMCP("notes")
KEY = "..."


class RequestLogger(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        # ruleid: MCP-306
        log.info("incoming %s headers=%s", request.url.path, dict(request.headers))
        # ruleid: MCP-306
        print(f"auth header: {request.headers.get('authorization')}")
        # ok: MCP-306 -- a non-sensitive header
        log.info("ua=%s", request.headers.get("user-agent"))
        # ok: MCP-306 -- redacted copy
        log.debug("headers=%s", redact_headers(request.headers))
        return await call_next(request)


async def protected_endpoint(request: Request) -> JSONResponse:
    # ruleid: MCP-306
    logging.debug("request headers: %r", request.headers)
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"], audience="https://notes.example.com/mcp")
    except jwt.PyJWTError:
        return JSONResponse({"error": "invalid_token"}, status_code=401)
    return JSONResponse({"sub": claims["sub"]})


async def after_auth(request: Request) -> JSONResponse:
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, KEY, algorithms=["HS256"], audience="https://notes.example.com/mcp")
    # ok: MCP-306 -- after authentication (MCP-202's concern)
    log.info("authenticated request headers=%s", dict(request.headers))
    return JSONResponse({"sub": claims["sub"]})


async def health(request: Request) -> JSONResponse:
    # ok: MCP-306 -- no authentication in this handler and not a middleware
    log.info("health check from %s", request.client)
    return JSONResponse({"ok": True})


def redact_headers(headers) -> dict:
    return {k: ("***" if k.lower() in ("authorization", "cookie") else v) for k, v in headers.items()}
