"""Fixture for MCP-110: unbounded work in an MCP server."""

import re
import subprocess
import urllib.request
from typing import Annotated

import httpx
import requests
from mcp.server.fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP("utilities")
MAX_ITEMS = 1000


@mcp.tool()
def fetch_page(url: str) -> str:
    """Fetch a page."""
    # ruleid: MCP-110
    r = requests.get(url)
    # ok: MCP-110
    r2 = requests.get(url, timeout=10)
    # ruleid: MCP-110
    client = httpx.Client(timeout=None)
    # ok: MCP-110 -- httpx defaults to a 5 s timeout
    client2 = httpx.Client()
    with urllib.request.urlopen(url, timeout=10) as resp:
        # ruleid: MCP-110
        body = resp.read()
        # ok: MCP-110 -- bounded read
        head = resp.read(65536)
    return r.text + r2.text + str(client) + str(client2) + body.decode() + head.decode()


@mcp.tool()
def run_linter(path: str) -> str:
    """Run the linter on a file."""
    # ruleid: MCP-110
    out = subprocess.run(["ruff", "check", path], capture_output=True, text=True)
    # ok: MCP-110
    out2 = subprocess.run(["ruff", "check", path], capture_output=True, text=True, timeout=60)
    proc = subprocess.Popen(["ruff", "format", path], stdout=subprocess.PIPE)
    # ruleid: MCP-110
    stdout, _ = proc.communicate()
    return out.stdout + out2.stdout + stdout.decode()


@mcp.tool()
def make_rows(count: int, fill: str) -> list:
    """Generate placeholder rows."""
    rows = []
    # ruleid: MCP-110
    for i in range(count):
        rows.append(i)
    # ruleid: MCP-110
    banner = "=" * count
    # todoruleid: MCP-110 -- both operands are names: the str/int types are not read yet
    banner2 = fill * count
    # ok: MCP-110 -- bounded by the data itself
    for j in range(len(rows)):
        rows[j] += 1
    return rows + [banner, banner2]


@mcp.tool()
def make_rows_bounded(count: Annotated[int, Field(ge=1, le=1000)]) -> list:
    """Generate placeholder rows (bounded by the schema)."""
    # ok: MCP-110 -- pydantic le= bound
    return [i for i in range(count)]


@mcp.tool()
def make_rows_checked(count: int) -> list:
    """Generate placeholder rows (checked)."""
    if count > MAX_ITEMS:
        raise ValueError("too many")
    # ok: MCP-110 -- checked above
    return ["-"] * count


@mcp.tool()
def grep(pattern: str, text: str) -> list:
    """Find matches of a pattern."""
    # ruleid: MCP-110
    found = re.findall(pattern, text)
    # ok: MCP-110 -- escaped
    literal = re.findall(re.escape(pattern), text)
    # ok: MCP-110 -- a constant pattern
    words = re.findall(r"\w+", text)
    return found + literal + words


@mcp.tool()
def diagnose(reason: str) -> bool:
    """Classify a failure reason."""
    pattern = str(reason)
    # todook: MCP-110 -- the loop variable reuses a name that held input: taint is by name, not by scope
    return any(re.search(pattern, reason) for pattern in ["enospc", "no space left"])


def helper_without_timeout() -> str:
    # ok: MCP-110 -- subprocess outside a handler is not checked
    return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout
