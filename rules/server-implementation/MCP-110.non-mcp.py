"""Fixture for MCP-110: no timeout outside MCP code."""

import requests


def ping(url: str) -> int:
    # ok: MCP-110 -- not an MCP-context file
    return requests.get(url).status_code
