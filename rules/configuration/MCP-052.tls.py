"""Fixture for MCP-052: a bind-all FastMCP server that serves TLS itself."""
import uvicorn
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("inventory")


@mcp.tool()
def ping() -> str:
    return "pong"


if __name__ == "__main__":
    # ok: MCP-052 -- TLS on the same server
    uvicorn.run(mcp.streamable_http_app(), host="0.0.0.0", port=8443, ssl_certfile="/etc/mcp/cert.pem", ssl_keyfile="/etc/mcp/key.pem")
    # ok: MCP-052 -- fastmcp-style TLS through uvicorn_config
    mcp.run(transport="http", host="0.0.0.0", uvicorn_config={"ssl_certfile": "/etc/mcp/cert.pem"})
