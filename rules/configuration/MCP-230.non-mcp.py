"""Fixture for MCP-230: the same unverified decode in code that is not MCP
code. The rule is gated on MCP context."""

import jwt


def verify_token(token: str) -> dict:
    # ok: MCP-230 -- not an MCP-context file
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"sub": claims["sub"], "scopes": claims["scope"]}
