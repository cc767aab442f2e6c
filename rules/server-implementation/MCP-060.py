"""Fixture for MCP-060: tool arguments used as outbound URLs (FastMCP, httpx, requests, urllib)."""

import ipaddress
import socket
from typing import Literal
from urllib.parse import urlparse
from urllib.request import urlopen

import httpx
import requests
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("web")
NWS_API_BASE = "https://api.weather.gov"
USER_AGENT = "weather-app/1.0"
ALLOWED_HOSTS = {"docs.python.org", "developer.mozilla.org"}


async def make_nws_request(url: str) -> dict | None:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/geo+json"}
    async with httpx.AsyncClient() as client:
        # ok: MCP-060 -- the callers fix the host (NWS_API_BASE); a helper's bare URL parameter is not reported
        response = await client.get(url, headers=headers, timeout=30.0)
        response.raise_for_status()
        return response.json()


async def fetch_text(url: str) -> str:
    async with httpx.AsyncClient(follow_redirects=True) as client:
        # ruleid: MCP-060 -- the fetch tool passes its input straight through to this helper (deep mode)
        return (await client.get(url)).text


class Crawler:
    def __init__(self) -> None:
        self.session = requests.Session()

    def head(self, target: str) -> int:
        # ruleid: MCP-060 -- a method reached from check_link; the URL is built here (deep mode)
        return self.session.head(target.strip(), allow_redirects=True).status_code


@mcp.tool()
async def fetch(url: str) -> str:
    """Fetch a web page."""
    async with httpx.AsyncClient(follow_redirects=True) as client:
        # ruleid: MCP-060
        resp = await client.get(url)
        return resp.text


@mcp.tool()
async def fetch_via_helper(url: str) -> str:
    return await fetch_text(url)


@mcp.tool()
def download(url: str, dest: str) -> str:
    # ruleid: MCP-060 -- urlopen also reads file:// URLs
    data = urlopen(url).read()
    # ruleid: MCP-060
    requests.post(f"{url}/callback", json={"dest": dest})
    return f"{len(data)} bytes"


@mcp.tool()
def check_link(link: str) -> int:
    return Crawler().head(link)


@mcp.tool()
def webhook(endpoint: str, payload: str) -> str:
    parsed = urlparse(endpoint)
    if parsed.hostname in ("localhost", "127.0.0.1"):
        raise ValueError("no local addresses")
    # ruleid: MCP-060 -- a block-list of two names is not a defence (0.0.0.0, [::1], 169.254.169.254, DNS)
    return requests.post(endpoint, data=payload, timeout=10).text


# ---- must not fire ---------------------------------------------------------


@mcp.tool()
async def get_alerts(state: str) -> str:
    # ok: MCP-060 -- the host is fixed by a constant base URL (deep mode follows it into make_nws_request)
    data = await make_nws_request(f"{NWS_API_BASE}/alerts/active/area/{state}")
    return str(data)


@mcp.tool()
async def get_forecast(latitude: float, longitude: float) -> str:
    # ok: MCP-060 -- numbers cannot change the host
    data = await make_nws_request(f"{NWS_API_BASE}/points/{latitude},{longitude}")
    return str(data)


@mcp.tool()
def repo_issues(repo: str, state: Literal["open", "closed"]) -> str:
    # ok: MCP-060 -- a literal scheme and host: the input only reaches the path
    return requests.get(f"https://api.github.com/repos/{repo}/issues?state={state}", timeout=10).text


@mcp.tool()
async def fetch_allowed(url: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    async with httpx.AsyncClient() as client:
        # ok: MCP-060 -- allow-listed host
        return (await client.get(url)).text


@mcp.tool()
def fetch_public(url: str) -> str:
    host = urlparse(url).hostname or ""
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    if addr.is_private or addr.is_loopback or addr.is_link_local:
        raise ValueError("internal address")
    # ok: MCP-060 -- private, loopback and link-local addresses are rejected first
    return requests.get(url, timeout=10, allow_redirects=False).text


@mcp.tool()
def search(query: str) -> str:
    # ok: MCP-060 -- the input is a query parameter, the URL is constant
    return requests.get("https://duckduckgo.com/html/", params={"q": query}, timeout=10).text


def warm_cache(url: str) -> None:
    # ok: MCP-060 -- no handler calls this helper
    requests.get(url.strip(), timeout=5)
