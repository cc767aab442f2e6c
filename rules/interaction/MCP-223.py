"""Fixture for MCP-223: tool results that can carry Unicode tag characters."""

import json
import re
from typing import Literal

import requests
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")
TAGS = re.compile("[\U000E0000-\U000E007F]")
NOTES: dict[str, str] = {}


def strip_invisible(text: str) -> str:
    return TAGS.sub("", text)


def summarize(text: str) -> str:
    return text.strip()[:200]


@mcp.tool()
def save_note(title: str, body: str) -> str:
    NOTES[title] = body
    # ruleid: MCP-223 -- tool input echoed back
    return f"Saved note '{title}'"


@mcp.tool()
def preview(body: str) -> str:
    # ruleid: MCP-223 -- through a helper (deep mode)
    return summarize(body)


@mcp.tool()
def fetch_title(url: str) -> str:
    html = requests.get("https://example.com/" + url.strip("/")).text
    # ruleid: MCP-223 -- external content
    return html.split("<title>")[1].split("</title>")[0]


@mcp.tool()
def save_clean(title: str, body: str) -> str:
    NOTES[title] = body
    # ok: MCP-223 -- the tag block removed by a named helper
    return f"Saved note '{strip_invisible(title)}'"


@mcp.tool()
def save_regex(title: str) -> str:
    clean = re.sub(r"[\U000E0000-\U000E007F]", "", title)
    # ok: MCP-223 -- re.sub over the tag block
    return f"Saved {clean}"


@mcp.tool()
def save_ascii(title: str) -> str:
    # ok: MCP-223 -- reduced to ASCII
    return "Saved " + title.encode("ascii", "ignore").decode()


@mcp.tool()
def save_checked(title: str) -> str:
    if not title.isascii():
        raise ValueError("title must be ASCII")
    # ok: MCP-223 -- checked to be ASCII first
    return f"Saved {title}"


@mcp.tool()
def as_json(title: str) -> str:
    # ok: MCP-223 -- json.dumps escapes non-ASCII characters by default
    return json.dumps({"title": title})


@mcp.tool()
def count(items: list[str], mode: Literal["short", "long"], limit: int = 10) -> str:
    # ok: MCP-223 -- numbers and an enumeration
    return f"{len(items)} items, mode {mode}, limit {limit}"


@mcp.tool()
def constant() -> str:
    # ok: MCP-223 -- a constant
    return "pong"


def not_a_tool(text: str) -> str:
    # ok: MCP-223 -- not a tool handler
    return text
