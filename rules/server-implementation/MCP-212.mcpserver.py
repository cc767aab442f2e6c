"""Fixture for MCP-212 with mcp 2.x MCPServer, whose ResourceSecurity rejects .. and absolute paths by default."""

import os

from mcp.server import MCPServer

mcp = MCPServer("docs")
DOCS = "/srv/docs"


@mcp.resource("docs://{+path}")
def read_doc(path: str) -> str:
    # ok: MCP-212 -- MCPServer rejects .., absolute paths and NUL bytes in template variables
    with open(os.path.join(DOCS, path)) as fh:
        return fh.read()



@mcp.resource("notes://{name}")
def read_note(name: str) -> str:
    # ok: MCP-212 -- the same default applies to every decorated template
    return open(f"{DOCS}/notes/{name}.md").read()
