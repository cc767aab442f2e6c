"""Fixture for MCP-201: a maintenance script that is not MCP code."""

import shutil


def delete_project(path: str) -> None:
    # ok: MCP-201 -- not an MCP-context file
    shutil.rmtree(path)
