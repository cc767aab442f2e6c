"""Fixture for MCP-051: a script, not MCP code."""
import shutil


def cleanup(path: str) -> None:
    try:
        shutil.rmtree(path)
    # ok: MCP-051 -- not an MCP-context file
    except Exception:
        pass
