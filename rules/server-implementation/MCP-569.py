"""Fixture for MCP-569: a file server that never asks for roots."""

import os
import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
CONFIG_FILE = "/etc/files-mcp/config.toml"


@mcp.tool()
def read_file(path: str) -> str:
    # ruleid: MCP-569
    with open(path) as f:
        return f.read()


@mcp.tool()
def write_note(name: str, text: str) -> str:
    target = os.path.join("/srv/notes", name)
    # ruleid: MCP-569 -- derived from the argument
    Path(target).write_text(text)
    return "saved"


@mcp.tool()
def move(src: str, dst: str) -> str:
    # ruleid: MCP-569
    shutil.move(src, dst)
    return "moved"


@mcp.tool()
def settings() -> str:
    # ok: MCP-569 -- a fixed path, not a tool argument
    with open(CONFIG_FILE) as f:
        return f.read()


def load_index(path: str) -> list[str]:
    # ok: MCP-569 -- not a tool handler
    return os.listdir(path)
