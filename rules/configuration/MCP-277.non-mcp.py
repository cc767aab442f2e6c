"""Fixture for MCP-277: a bearer-checking web app that is not MCP code."""

from starlette.responses import JSONResponse


def deny() -> JSONResponse:
    # ok: MCP-277 -- not an MCP project (the fixture is its own project)
    return JSONResponse({"error": "Bearer token required"}, status_code=401)
