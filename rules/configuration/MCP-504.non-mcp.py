"""Fixture for MCP-504: an HTTP client that is not MCP code."""
import httpx

# ok: MCP-504 -- not an MCP-context file
client = httpx.Client(base_url="http://api.example.com")
