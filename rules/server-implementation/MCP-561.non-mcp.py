"""Fixture for MCP-561: the same check outside MCP code."""

import os

ROOT = "/srv/data"


def inside(path: str) -> bool:
    full = os.path.abspath(path)
    # ok: MCP-561 -- not an MCP-context file
    return os.path.commonpath([full, ROOT]) == ROOT
