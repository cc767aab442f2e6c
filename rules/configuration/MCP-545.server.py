"""Fixture for MCP-545: a server that reads its own annotations is not host code."""

from fastmcp import FastMCP
from fastmcp.server.middleware import Middleware

mcp = FastMCP("docs")


class ReadOnlyMode(Middleware):
    async def on_call_tool(self, context, call_next):
        tool = await context.fastmcp_context.fastmcp.get_tool(context.message.name)
        # ok: MCP-545 -- a server restricting its own tools
        if not (tool.annotations and tool.annotations.readOnlyHint):
            raise PermissionError("read-only mode")
        return await call_next(context)
