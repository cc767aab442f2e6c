"""Fixture for MCP-560: filesystem tools with containment checks."""

import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
ALLOWED_DIR = os.path.realpath("/srv/data")
ALLOWED_DIRS = ["/srv/data", "/srv/shared"]
ROOT = Path("/srv/data").resolve()
ROOT_PREFIX = ALLOWED_DIR + os.sep


@mcp.tool()
def read_file(path: str) -> str:
    """Read a file."""
    full = os.path.realpath(path)
    # ruleid: MCP-560
    if not full.startswith(ALLOWED_DIR):
        raise PermissionError("outside")
    # ruleid: MCP-560
    if not str(Path(path).resolve()).startswith(str(ROOT)):
        raise PermissionError("outside")
    # ruleid: MCP-560
    if not any(full.startswith(d) for d in ALLOWED_DIRS):
        raise PermissionError("outside")
    # ruleid: MCP-560
    if os.path.commonprefix([full, ALLOWED_DIR]) != ALLOWED_DIR:
        raise PermissionError("outside")
    with open(full) as fh:
        return fh.read()


@mcp.tool()
def read_file_safely(path: str) -> str:
    """Read a file, checked properly."""
    full = Path(path).resolve()
    # ok: MCP-560
    if not full.is_relative_to(ROOT):
        raise PermissionError("outside")
    real = os.path.realpath(path)
    # ok: MCP-560 -- commonpath compares components
    if os.path.commonpath([real, ALLOWED_DIR]) != ALLOWED_DIR:
        raise PermissionError("outside")
    # ok: MCP-560 -- separator appended
    if not (real == ALLOWED_DIR or real.startswith(ALLOWED_DIR + os.sep)):
        raise PermissionError("outside")
    # ok: MCP-560 -- the prefix constant ends with the separator
    if not real.startswith(ROOT_PREFIX):
        raise PermissionError("outside")
    rel = os.path.relpath(real, ALLOWED_DIR)
    # ok: MCP-560 -- a .. test on a relative path
    if rel.startswith(os.pardir):
        raise PermissionError("outside")
    return full.read_text()


@mcp.tool()
def fetch(url: str, base_url: str) -> str:
    """Not a filesystem check."""
    # ok: MCP-560 -- URL prefix, not a directory
    if not url.startswith(base_url):
        raise ValueError("foreign URL")
    # ok: MCP-560 -- a literal prefix
    if url.startswith("https://"):
        return url
    # ok: MCP-560 -- a string label, not a directory
    label = os.path.commonprefix(["alpha", "alpine"])
    return label
