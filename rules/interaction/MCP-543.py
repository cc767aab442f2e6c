"""Fixture for MCP-543: a Python MCP client opening server-supplied URLs."""

import subprocess
import webbrowser
from urllib.parse import urlparse

import httpx
from markupsafe import Markup
from mcp import ClientSession, types

ALLOWED_SCHEMES = {"https", "http"}


async def redirect_handler(authorization_url: str) -> None:
    # ruleid: MCP-543
    webbrowser.open(authorization_url)


async def redirect_handler_checked(authorization_url: str) -> None:
    if urlparse(authorization_url).scheme not in ALLOWED_SCHEMES:
        raise ValueError("refusing a non-http(s) URL")
    # ok: MCP-543
    webbrowser.open_new_tab(authorization_url)


def open_with_xdg(url: str) -> None:
    # ruleid: MCP-543
    subprocess.run(["xdg-open", url], check=False)


async def elicitation_callback(context, params: types.ElicitRequestParams) -> types.ElicitResult:
    if params.mode == "url":
        # ruleid: MCP-543 -- pre-fetch of the elicitation URL
        httpx.get(params.url)
        if urlparse(params.url).scheme != "https":
            return types.ElicitResult(action="decline")
        if input(f"Open {params.url}? [y/N] ").lower() != "y":
            return types.ElicitResult(action="decline")
        # ok: MCP-543 -- scheme checked and the user agreed
        webbrowser.open(params.url)
        return types.ElicitResult(action="accept")
    return types.ElicitResult(action="decline")


def tool_html(result: types.CallToolResult) -> Markup:
    # ruleid: MCP-543
    return Markup(result.content[0].text)


def help_page() -> None:
    # ok: MCP-543 -- constant URL
    webbrowser.open("https://modelcontextprotocol.io")


def open_dev_ui(port: int) -> None:
    dev_url = f"http://localhost:{port}/ui"
    # ok: MCP-543 -- the scheme and host are fixed by the literal
    webbrowser.open(dev_url)


async def connect(read, write) -> ClientSession:
    return ClientSession(read, write, elicitation_callback=elicitation_callback)
