"""Fixture for MCP-503: a CLI that is not MCP code."""
import sys

# ok: MCP-503 -- not an MCP-context file
print("usage: tool FILE")
app.run()
