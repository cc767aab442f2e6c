"""Fixture for MCP-278: an MCP server with no OAuth code; the OAuth prefilter
keeps the rule quiet."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")


@mcp.tool()
def render(text: str) -> dict:
    # ok: MCP-278 -- no OAuth context in this file
    return {"code_challenge_method": "plain", "text": text}
