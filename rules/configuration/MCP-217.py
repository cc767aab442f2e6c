"""Fixture for MCP-217: a FastMCP server (official SDK) published on every
interface without authentication."""
import uvicorn
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("inventory", host="0.0.0.0", port=8000)


@mcp.tool()
def adjust_stock(sku: str, delta: int) -> str:
    """Change the stock level of an item."""
    return f"{sku}: {delta}"


def app():
    # ruleid: MCP-217
    return mcp.streamable_http_app()


if __name__ == "__main__":
    # ruleid: MCP-217
    mcp.run(transport="streamable-http")
    # ruleid: MCP-217
    mcp.run("sse")
    # ok: MCP-217 -- stdio
    mcp.run()
    # ok: MCP-217 -- stdio
    mcp.run(transport="stdio")
    # ok: MCP-217 -- uvicorn serves the app reported above
    uvicorn.run(app(), host="0.0.0.0", port=8000)
