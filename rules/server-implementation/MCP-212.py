"""Fixture for MCP-212: resource-template variables and read URIs used as paths (FastMCP 1.x, low-level Server)."""

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from mcp.server.fastmcp import FastMCP
from mcp.server.lowlevel import Server
from mcp.shared.path_security import safe_join

mcp = FastMCP("docs")
low = Server("docs-lowlevel")
DOCS = Path("/srv/docs").resolve()
KNOWN = {"intro.md", "faq.md"}


def read_under(base: Path, rel: str) -> str:
    # ruleid: MCP-212 -- reached from read_guide through a helper (deep mode)
    return (base / rel).read_text()


@mcp.resource("docs://{path}")
def read_doc(path: str) -> str:
    # ruleid: MCP-212
    with open(os.path.join(DOCS, path)) as fh:
        return fh.read()


@mcp.resource("guides://{section}/{name}")
def read_guide(section: str, name: str) -> str:
    return read_under(DOCS / "guides", f"{section}/{name}")


@low.read_resource()
async def handle_read(uri) -> str:
    rel = unquote(urlparse(str(uri)).path).lstrip("/")
    # ruleid: MCP-212
    return Path(DOCS, rel).read_text()


@mcp.tool()
def read_tool(path: str) -> str:
    # ok: MCP-212 -- a tool argument: MCP-003's case
    return open(path).read()


# ---- must not fire ---------------------------------------------------------


@mcp.resource("safe://{path}")
def read_safe(path: str) -> str:
    # ok: MCP-212 -- safe_join resolves and contains
    return safe_join(DOCS, path).read_text()


@mcp.resource("checked://{path}")
def read_checked(path: str) -> str:
    p = (DOCS / path).resolve()
    if not p.is_relative_to(DOCS):
        raise ValueError("outside the docs folder")
    # ok: MCP-212 -- resolved, then contained
    return p.read_text()


@mcp.resource("known://{name}")
def read_known(name: str) -> str:
    if name not in KNOWN:
        raise ValueError("unknown document")
    # ok: MCP-212 -- allow-listed
    return (DOCS / name).read_text()


@mcp.resource("slug://{slug}")
def read_slug(slug: str) -> str:
    if not re.fullmatch(r"[a-z0-9-]+", slug):
        raise ValueError("bad slug")
    # ok: MCP-212 -- validated by an anchored regular expression
    return open(f"{DOCS}/{slug}.md").read()


@mcp.resource("config://app")
def read_config() -> str:
    # ok: MCP-212 -- a static resource: the path is constant
    return open("/etc/docs/app.toml").read()


def unused(uri: str) -> str:
    # ok: MCP-212 -- no resource handler calls this
    return open(uri).read()
