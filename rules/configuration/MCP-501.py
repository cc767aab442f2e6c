"""Fixture for MCP-501: official SDK servers offering the SSE transport."""
from mcp.server.fastmcp import FastMCP
from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from mcp.server.transport_security import TransportSecuritySettings

mcp = FastMCP("notes")
low = Server("notes-low")
TRANSPORT = "sse"

# ruleid: MCP-501
sse = SseServerTransport("/messages/", TransportSecuritySettings(allowed_hosts=["localhost:*"]))


def app():
    # ruleid: MCP-501
    return mcp.sse_app()


def streamable():
    # ok: MCP-501 -- Streamable HTTP
    return mcp.streamable_http_app()


if __name__ == "__main__":
    # ruleid: MCP-501
    mcp.run(transport="sse")
    # ruleid: MCP-501
    mcp.run("sse")
    # ruleid: MCP-501
    mcp.run(transport=TRANSPORT)
    # ok: MCP-501 -- Streamable HTTP
    mcp.run(transport="streamable-http")
    # ok: MCP-501 -- stdio
    mcp.run()
    # ok: MCP-501 -- a different run() with an sse-named argument
    scheduler.run(job="sse-digest")
