"""Fixture for MCP-051: a FastMCP server (official SDK) without auth."""
import json
import logging
import os
import shutil
import subprocess

from mcp.server.fastmcp import FastMCP

log = logging.getLogger(__name__)
mcp = FastMCP("files")


@mcp.tool()
# ruleid: MCP-051
def delete_folder(path: str) -> str:
    """Delete a folder."""
    shutil.rmtree(path)
    return "deleted"


@mcp.tool()
# ok: MCP-051 -- logs the side effect
def delete_file(path: str) -> str:
    os.remove(path)
    log.info("deleted %s", path)
    return "deleted"


@mcp.tool()
# ok: MCP-051 -- reads only
def read_file(path: str) -> str:
    with open(path) as fh:
        return fh.read()


@mcp.tool()
def parse(text: str) -> dict:
    try:
        return json.loads(text)
    # ruleid: MCP-051
    except Exception:
        return None


@mcp.tool()
def status(service: str) -> str:
    try:
        out = subprocess.run(["systemctl", "is-active", service], capture_output=True, text=True, check=True)
        log.info("checked %s", service)
        return out.stdout
    # ruleid: MCP-051
    except:
        pass
    return "unknown"


@mcp.tool()
def size(path: str) -> int:
    try:
        return os.path.getsize(path)
    # ok: MCP-051 -- a specific, expected error
    except FileNotFoundError:
        return 0


@mcp.tool()
def stat(path: str) -> str:
    try:
        return str(os.stat(path))
    # ok: MCP-051 -- logged and re-raised
    except Exception:
        log.exception("stat failed")
        raise


def helper(path: str) -> None:
    try:
        os.remove(path)
    # ok: MCP-051 -- not inside an MCP handler
    except Exception:
        pass
