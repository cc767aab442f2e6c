"""Fixture for MCP-052: a fastmcp (PrefectHQ) server and a plain http.server
callback listener."""
import os
from http.server import HTTPServer, BaseHTTPRequestHandler

import aiohttp
from fastmcp import FastMCP

mcp = FastMCP("weather")


@mcp.tool
async def forecast(city: str) -> str:
    async with aiohttp.ClientSession() as session:
        # ruleid: MCP-052
        async with session.get(f"https://api.weather.internal/{city}", ssl=False) as resp:
            return await resp.text()


async def forecast_checked(city: str) -> str:
    async with aiohttp.ClientSession() as session:
        # ok: MCP-052 -- verification on
        async with session.get(f"https://api.weather.internal/{city}", ssl=True) as resp:
            return await resp.text()


def serve_callback() -> None:
    # ruleid: MCP-052
    HTTPServer(("", 8765), BaseHTTPRequestHandler).serve_forever()


def serve_callback_local() -> None:
    # ok: MCP-052 -- loopback
    HTTPServer(("127.0.0.1", 8765), BaseHTTPRequestHandler).serve_forever()


if __name__ == "__main__":
    # ruleid: MCP-052
    mcp.run(transport="http", host=os.environ.get("HOST", "0.0.0.0"), port=8000)
    # ok: MCP-052 -- loopback
    mcp.run(transport="http", host="127.0.0.1", port=8000)
