"""MCP-523 applies to authenticated servers only (MCP-217/268 cover the others)."""

import shutil

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")


@mcp.tool()
# ok: MCP-523 -- no authorization configured
def delete_folder(path: str) -> str:
    shutil.rmtree(path)
    return "deleted"
