"""Fixture for MCP-212: an mcp 2.x MCPServer whose resource path check is switched off."""

import os

from mcp.server import MCPServer
from mcp.server.mcpserver import ResourceSecurity

mcp = MCPServer("docs")
DOCS = "/srv/docs"


@mcp.resource("raw://{+path}", security=ResourceSecurity(exempt_params={"path"}))
def read_raw(path: str) -> str:
    # ruleid: MCP-212 -- the check is switched off for this variable
    with open(os.path.join(DOCS, path)) as fh:
        return fh.read()


@mcp.resource("static://index")
def read_index() -> str:
    # ok: MCP-212 -- a static resource
    return open(os.path.join(DOCS, "index.md")).read()
