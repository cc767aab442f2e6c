"""Fixture for MCP-569: a CLI that is not MCP code."""

import sys


def main() -> None:
    # ok: MCP-569 -- not an MCP project
    with open(sys.argv[1]) as f:
        print(f.read())
