"""Fixture for MCP-562: tar extraction outside MCP code."""

import tarfile


def unpack(path: str) -> None:
    with tarfile.open(path) as tar:
        # ok: MCP-562 -- not an MCP-context file
        tar.extractall("/tmp/out")
