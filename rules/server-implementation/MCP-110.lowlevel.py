"""Fixture for MCP-110 with the low-level Server and @server.call_tool()."""

import re

import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("search")


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    text = arguments["text"]
    # ruleid: MCP-110
    hits = re.findall(arguments["pattern"], text)
    # ok: MCP-110 -- escaped
    literal = re.findall(re.escape(arguments["pattern"]), text)
    return [types.TextContent(type="text", text=str(hits + literal))]
