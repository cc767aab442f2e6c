"""Fixture for MCP-220: images in the output of a FastMCP server."""

import json

import httpx
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("charts")

LOGO = "https://charts.example.com/static/logo.png"
CDN = "https://cdn.example.com"


@mcp.tool()
def chart(series: list[float], title: str) -> str:
    """Render a chart of the series."""
    config = json.dumps({"type": "line", "data": series})
    # ruleid: MCP-220
    out = f"## {title}\n![chart](https://quickchart.io/chart?c={config})"
    # ruleid: MCP-220 -- the second value in the URL
    out += f"![spark]({CDN}/spark?title={title})"
    # ok: MCP-220 -- caller data only in the alt text
    out += f"![{title}](https://charts.example.com/static/placeholder.png)"
    # ok: MCP-220 -- constant URL from a module constant
    out += f"![logo]({LOGO})"
    return out


@mcp.tool()
async def avatar(username: str) -> str:
    profile = httpx.get(f"https://api.example.com/users/{username}").json()
    # ruleid: MCP-220 -- fetched content in the URL
    html = '<img src="' + profile["avatar_url"] + '" alt="avatar">'
    # ruleid: MCP-220
    legacy = "![avatar](https://img.example.com/a/%s.png)" % username
    # ruleid: MCP-220
    fmt = "![avatar](https://img.example.com/a/{}.png)".format(username)
    # ok: MCP-220 -- a link, not an image (MCP-221's)
    link = f"[profile](https://example.com/u/{username})"
    # ok: MCP-220 -- constant image
    badge = "![verified](https://img.example.com/verified.svg)"
    return "\n".join([html, legacy, fmt, link, badge])
