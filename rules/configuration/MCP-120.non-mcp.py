"""Fixture for MCP-120: a chmod outside MCP code."""

import os


def share(path: str) -> None:
    # ok: MCP-120 -- not an MCP-context file
    os.chmod(path, 0o777)
