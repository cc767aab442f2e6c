"""Fixture for MCP-268: a server bound to every interface is MCP-217's."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files", host="0.0.0.0")


@mcp.tool()
def read(path: str) -> str:
    return open(path).read()


if __name__ == "__main__":
    # ok: MCP-268 -- not loopback: MCP-217 owns it
    mcp.run(transport="streamable-http")
