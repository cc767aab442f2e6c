"""Fixture for MCP-268: a local FastMCP server (official SDK) with tools,
served over Streamable HTTP on the loopback default without auth."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("shell")


@mcp.tool()
def run_command(command: str) -> str:
    """Run a shell command."""
    return execute(command)


if __name__ == "__main__":
    # ruleid: MCP-268
    mcp.run(transport="streamable-http")
    # ruleid: MCP-268
    app = mcp.sse_app()
    # ok: MCP-268 -- stdio
    mcp.run()
    # ok: MCP-268 -- stdio
    mcp.run(transport="stdio")
