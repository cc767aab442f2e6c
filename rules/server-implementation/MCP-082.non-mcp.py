"""Fixture for MCP-082: a weak token outside MCP code."""

import random


def make_token() -> str:
    # ok: MCP-082 -- not an MCP-context file
    token = str(random.random())
    return token
