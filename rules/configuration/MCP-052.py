"""Fixture for MCP-052: an MCP server (official SDK, FastMCP) that serves
Streamable HTTP and calls upstream APIs."""
import os
import ssl

import httpx
import requests
import uvicorn
from mcp.server.fastmcp import FastMCP

HOST = os.getenv("MCP_HOST", "0.0.0.0")
LOCAL = "127.0.0.1"

# ruleid: MCP-052
mcp = FastMCP("inventory", host="0.0.0.0", port=8000)
# ok: MCP-052 -- loopback
local = FastMCP("inventory-local", host="127.0.0.1")
# ok: MCP-052 -- a name bound to a loopback address
local2 = FastMCP("inventory-local", host=LOCAL)
# ok: MCP-052 -- host comes from configuration the file cannot see
configured = FastMCP("inventory-cfg", host=settings.bind_host)

# ruleid: MCP-052
mcp.settings.host = "::"
# ok: MCP-052 -- not the server's settings
profile.host = "0.0.0.0"


@mcp.tool()
def fetch_stock(sku: str) -> str:
    """Read the stock level from the warehouse API."""
    # ruleid: MCP-052
    r = requests.get(f"https://warehouse.internal/api/stock/{sku}", verify=False)
    # ok: MCP-052 -- a private CA bundle keeps verification on
    r2 = requests.get(f"https://warehouse.internal/api/stock/{sku}", verify="/etc/ssl/warehouse-ca.pem")
    # ok: MCP-052 -- verification on
    r3 = requests.get(f"https://warehouse.internal/api/stock/{sku}", verify=True)
    return r.text + r2.text + r3.text


@mcp.tool()
async def fetch_price(sku: str) -> str:
    """Read the price from the pricing API."""
    # ruleid: MCP-052
    async with httpx.AsyncClient(verify=False) as client:
        return (await client.get(f"https://pricing.internal/{sku}")).text


def tls_context() -> ssl.SSLContext:
    # ruleid: MCP-052
    ctx = ssl._create_unverified_context()
    # ruleid: MCP-052
    ctx.check_hostname = False
    # ruleid: MCP-052
    ctx.verify_mode = ssl.CERT_NONE
    # ok: MCP-052 -- requiring certificates is the safe setting
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: MCP-052 -- a comparison, not a setting
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("insecure context")
    return ctx


def check_signature(payload: bytes) -> bool:
    # ok: MCP-052 -- a different API with a verify= argument
    return signer.check(payload, verify=False)


if __name__ == "__main__":
    app = mcp.streamable_http_app()
    # ruleid: MCP-052
    uvicorn.run(app, host=HOST, port=8000)
    # ok: MCP-052 -- loopback
    uvicorn.run(app, host="127.0.0.1", port=8000)
