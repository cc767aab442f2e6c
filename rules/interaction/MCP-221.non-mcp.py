"""Fixture for MCP-221: a web view that is not MCP code."""


def link(target: str) -> str:
    # ok: MCP-221 -- not an MCP-context file
    return f"[continue]({target})"
