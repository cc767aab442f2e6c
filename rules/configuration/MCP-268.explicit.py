"""Fixture for MCP-268: fastmcp on an explicit loopback host."""
from fastmcp import FastMCP

mcp = FastMCP("files")


@mcp.tool
def read(path: str) -> str:
    return open(path).read()


if __name__ == "__main__":
    # ruleid: MCP-268
    mcp.run(transport="http", host="127.0.0.1", port=8000)
