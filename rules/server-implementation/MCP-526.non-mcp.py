"""Fixture for MCP-526: an OAuth page in a web app that is not MCP code."""

from starlette.responses import HTMLResponse


async def consent(request) -> HTMLResponse:
    # ok: MCP-526 -- not an MCP-context file
    return HTMLResponse(f"<h1>{request.query_params['client_name']}</h1><a href='{request.query_params['redirect_uri']}'>go</a>")
