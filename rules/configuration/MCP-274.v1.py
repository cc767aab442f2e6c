"""Fixture for MCP-274: FastMCP of the official SDK (v1), whose DNS rebinding
protection is automatic only for a loopback host."""
import os

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

PUBLIC = TransportSecuritySettings(allowed_hosts=["mcp.example.com"], allowed_origins=["https://app.example.com"])

# ruleid: MCP-274
mcp = FastMCP("inventory", host="0.0.0.0", port=8000)
# ruleid: MCP-274
env_bound = FastMCP("inventory-env", host=os.getenv("MCP_HOST", "0.0.0.0"))
# ok: MCP-274 -- default host 127.0.0.1: protection is automatic (mcp >= 1.23.0)
default_host = FastMCP("inventory-default")
# ok: MCP-274 -- loopback host
loopback = FastMCP("inventory-local", host="localhost")
# ok: MCP-274 -- explicit transport security
public = FastMCP("inventory-public", host="0.0.0.0", transport_security=PUBLIC)
# ok: MCP-274 -- host from configuration the file cannot see
configured = FastMCP("inventory-cfg", host=config.host)


@mcp.tool()
def stock(sku: str) -> int:
    return 0


if __name__ == "__main__":
    # ok: MCP-274 -- v1 run() takes no host; the constructor was reported
    mcp.run(transport="streamable-http")
