"""Fixture for MCP-215: run-time tool list changes in Python servers."""

import mcp.types as types
from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("plugins")
SERVER_VERSION = "1.4.0"


def search(query: str) -> str:
    """Search the docs."""
    return query


# ok: MCP-215 -- registered at load time
mcp.add_tool(search)


@mcp.tool()
async def enable_plugin(name: str, ctx: Context) -> str:
    # ruleid: MCP-215
    mcp.add_tool(load_plugin(name))
    # ruleid: MCP-215
    await ctx.session.send_tool_list_changed()
    return f"enabled {name}"


@mcp.tool()
async def upgrade_plugins(ctx: Context) -> str:
    global SERVER_VERSION
    SERVER_VERSION = next_version(SERVER_VERSION)
    mcp._mcp_server.version = SERVER_VERSION
    # ok: MCP-215 -- the advertised version is bumped on this path
    mcp.add_tool(load_plugin("search-v2"))
    # ok: MCP-215
    await ctx.session.send_tool_list_changed()
    return SERVER_VERSION


async def notify(session) -> None:
    # ruleid: MCP-215 -- a hand-sent notification
    await session.send_notification(types.ServerNotification(types.ToolListChangedNotification(method="notifications/tools/list_changed")))


def main() -> None:
    mcp.run()
    # ok: MCP-215 -- run() blocks: this runs at shutdown
    mcp.remove_tool("search")
