"""Fixture for MCP-050: weak password hashing outside MCP code."""

import hashlib


def legacy_login(password: str) -> str:
    # ok: MCP-050 -- not an MCP-context file
    return hashlib.md5(password.encode()).hexdigest()
