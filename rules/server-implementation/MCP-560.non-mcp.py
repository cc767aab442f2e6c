"""Fixture for MCP-560: a prefix check outside MCP code."""

import os

ALLOWED_DIR = "/srv/data"


def check(path: str) -> bool:
    # ok: MCP-560 -- not an MCP-context file
    return os.path.realpath(path).startswith(ALLOWED_DIR)
