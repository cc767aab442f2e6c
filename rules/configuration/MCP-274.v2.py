"""Fixture for MCP-274: MCPServer of the official SDK v2, where host and
transport_security are run() arguments."""
from mcp.server import MCPServer
from mcp.server.transport_security import TransportSecuritySettings

mcp = MCPServer("crm")


@mcp.tool()
def lookup(customer_id: str) -> str:
    return customer_id


def main() -> None:
    # ruleid: MCP-274
    mcp.run(transport="streamable-http", host="0.0.0.0", port=8000)
    # ok: MCP-274 -- loopback: protection is automatic
    mcp.run(transport="streamable-http", host="127.0.0.1", port=8000)
    # ok: MCP-274 -- explicit transport security
    mcp.run(
        transport="streamable-http",
        host="0.0.0.0",
        transport_security=TransportSecuritySettings(allowed_hosts=["crm.example.com"], allowed_origins=["https://crm.example.com"]),
    )
    # ruleid: MCP-274
    app = mcp.streamable_http_app(host="::")
    # ok: MCP-274 -- stdio
    mcp.run(transport="stdio")
