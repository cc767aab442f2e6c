"""Fixture for MCP-215: a plugin registry that is not MCP code."""

from registry import Registry

reg = Registry()


def handle(request) -> None:
    # ok: MCP-215 -- not an MCP-context file
    reg.add_tool(request.plugin)
    # ok: MCP-215
    reg.send_tool_list_changed()
