"""Fixture for MCP-263: the same cookie in a web app that is not MCP code."""

from starlette.responses import RedirectResponse


def approve(request) -> RedirectResponse:
    response = RedirectResponse("https://idp.example.com/authorize?redirect_uri=x")
    # ok: MCP-263 -- not an MCP-context file
    response.set_cookie("consent", "v")
    return response
