"""Fixture for MCP-561: containment computed on normalised, unresolved paths."""

import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
ROOT = "/srv/data"
ALLOWED_DIR = Path("/srv/data")


@mcp.tool()
def read_file(path: str) -> str:
    """Read a file."""
    full = os.path.abspath(os.path.join(ROOT, path))
    # ruleid: MCP-561
    if os.path.commonpath([full, ROOT]) != ROOT:
        raise PermissionError("outside")
    # ruleid: MCP-561
    if not full.startswith(ROOT + os.sep):
        raise PermissionError("outside")
    with open(full) as fh:
        return fh.read()


@mcp.tool()
def write_file(path: str, content: str) -> str:
    """Write a file."""
    target = (ALLOWED_DIR / path).absolute()
    # ruleid: MCP-561
    if not target.is_relative_to(ALLOWED_DIR):
        raise PermissionError("outside")
    target.write_text(content)
    return "ok"


@mcp.tool()
def read_resolved(path: str) -> str:
    """Read a file, resolving links first."""
    full = os.path.realpath(os.path.abspath(os.path.join(ROOT, path)))
    # ok: MCP-561 -- realpath resolves links
    if os.path.commonpath([full, os.path.realpath(ROOT)]) != os.path.realpath(ROOT):
        raise PermissionError("outside")
    with open(full) as fh:
        return fh.read()


@mcp.tool()
def write_resolved(path: str, content: str) -> str:
    """Write a file, resolving links first."""
    target = (ALLOWED_DIR / path).resolve()
    # ok: MCP-561 -- Path.resolve() follows links
    if not target.is_relative_to(ALLOWED_DIR.resolve()):
        raise PermissionError("outside")
    target.write_text(content)
    return "ok"


@mcp.tool()
def list_dir(path: str) -> list:
    """List a directory."""
    # ok: MCP-561 -- no lexical normalisation in this function
    if not path.startswith(ROOT + os.sep):
        raise PermissionError("outside")
    return os.listdir(path)


@mcp.tool()
def create_file(path: str) -> str:
    """Create a new file: only the parent directory is resolved."""
    parent = os.path.realpath(os.path.dirname(os.path.join(ROOT, path)))
    if os.path.commonpath([parent, ROOT]) != ROOT:
        raise PermissionError("outside")
    # todoruleid: MCP-561 -- the target itself may be an existing symlink; needs the order of resolution and use
    with open(os.path.join(parent, os.path.basename(path)), "w") as fh:
        fh.write("")
    return "ok"
