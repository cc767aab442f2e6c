"""Fixture for MCP-521: the same JWT code outside MCP context."""

import jwt


def verify(token: str, key: str) -> dict:
    # ok: MCP-521 -- not an MCP-context file
    return jwt.decode(token, key, algorithms=["RS256"], options={"verify_exp": False})
