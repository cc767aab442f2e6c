from mcp.server.fastmcp import FastMCP

# The reference filesystem server owns read_file.
mcp = FastMCP("filesystem")


@mcp.tool()
# ok: MCP-046 -- the server owns the name
def read_file(path: str) -> str:
    """Reads a file."""
    return open(path).read()
