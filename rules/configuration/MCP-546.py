"""Fixture for MCP-546: roots offered by Python MCP clients."""

import os
from pathlib import Path

from fastmcp import Client
from mcp import ClientSession, types
from pydantic import FileUrl

WORKSPACE = Path("/srv/projects/website")
EVERYTHING = "file:///"


async def list_roots(context) -> types.ListRootsResult:
    return types.ListRootsResult(
        roots=[
            # ruleid: MCP-546
            types.Root(uri=FileUrl("file:///"), name="everything"),
            # ruleid: MCP-546
            types.Root(uri=Path.home().as_uri(), name="home"),
            # ruleid: MCP-546 -- a constant bound at module level
            types.Root(uri=EVERYTHING, name="disk"),
            # ruleid: MCP-546
            types.Root(uri="file:///Users/alice/", name="alice"),
            # ok: MCP-546 -- a project directory
            types.Root(uri=WORKSPACE.as_uri(), name="website"),
            # ok: MCP-546
            types.Root(uri=FileUrl("file:///Users/alice/src/website"), name="website"),
            # ok: MCP-546 -- the current project
            types.Root(uri=Path.cwd().as_uri(), name="cwd"),
        ]
    )


def windows_root() -> types.Root:
    # ruleid: MCP-546
    return types.Root(uri="file:///C:/", name="drive")


# ruleid: MCP-546
fast_client = Client("server.py", roots=["file:///home/bob"])
# ok: MCP-546
scoped_client = Client("server.py", roots=["file:///home/bob/projects/api"])


class SkillsProvider:
    def __init__(self, roots: list) -> None:
        self.roots = roots


# ok: MCP-546 -- not MCP roots, and a subdirectory of home
skills = SkillsProvider(roots=[Path.home() / ".claude" / "skills"])
# ok: MCP-546 -- a subdirectory of the home directory
project_root = types.Root(uri=(Path.home() / "src" / "website").as_uri(), name="website")


async def connect(read, write) -> ClientSession:
    home = os.path.expanduser("~")
    # ruleid: MCP-546 -- home directory built at run time
    fast_client.set_roots([f"file://{home}"])
    return ClientSession(read, write, list_roots_callback=list_roots)
