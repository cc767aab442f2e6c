"""Fixture for MCP-275: server-supplied URLs and names opened through a shell (MCP client code)."""

import os
import subprocess
import sys
import webbrowser

import httpx
from mcp import ClientSession
from mcp.client.auth import OAuthClientProvider
from mcp.client.auth.utils import extract_resource_metadata_from_www_auth
from mcp.shared.auth import OAuthMetadata


def open_in_browser(url: str) -> None:
    # ruleid: MCP-275 -- reached from show_authorization_server through a helper (deep mode)
    os.system(f'xdg-open "{url}"')


async def handle_redirect(authorization_url: str) -> None:
    # ruleid: MCP-275
    subprocess.run(f"open {authorization_url}", shell=True)


async def on_redirect(url: str) -> None:
    # ruleid: MCP-275 -- a redirect handler, whatever its parameter is called
    os.system("start " + url)


async def show_authorization_server(client: httpx.AsyncClient, as_url: str) -> None:
    resp = await client.get(f"{as_url}/.well-known/oauth-authorization-server")
    metadata = OAuthMetadata.model_validate_json(resp.content)
    open_in_browser(str(metadata.authorization_endpoint))


def show_resource_metadata(response: httpx.Response) -> None:
    url = extract_resource_metadata_from_www_auth(response)
    # ruleid: MCP-275 -- cmd /c start parses & and ^
    subprocess.Popen(["cmd", "/c", "start", "", url])


async def greet(session: ClientSession) -> None:
    result = await session.initialize()
    # ruleid: MCP-275 -- the server names itself (CVE-2025-62801)
    os.system(f"notify-send 'Connected to {result.serverInfo.name}'")


def provider(storage, metadata) -> OAuthClientProvider:
    return OAuthClientProvider(server_url="https://mcp.example.com/mcp", client_metadata=metadata, storage=storage, redirect_handler=handle_redirect, callback_handler=None)


# ---- must not fire ---------------------------------------------------------


async def safe_redirect(authorization_url: str) -> None:
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    # ok: MCP-275 -- no shell: the URL is one argument
    subprocess.run([opener, authorization_url], check=False)
    # ok: MCP-275 -- webbrowser does not use a shell
    webbrowser.open(authorization_url)


def open_docs() -> None:
    # ok: MCP-275 -- a constant URL
    os.system("xdg-open https://modelcontextprotocol.io/docs")


def edit_local(path: str) -> None:
    # ok: MCP-275 -- a local value, not supplied by a server
    subprocess.run(f"code {path}", shell=True)
