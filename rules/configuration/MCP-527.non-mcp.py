"""Fixture for MCP-527: a consent page in a web app that is not MCP code."""

from starlette.responses import HTMLResponse


# ok: MCP-527 -- not an MCP-context file
async def consent(request) -> HTMLResponse:
    return HTMLResponse("<form method='post' action='/authorize'></form>")
