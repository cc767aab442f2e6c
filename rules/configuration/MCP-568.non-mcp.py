"""Fixture for MCP-568: a worker with a run(transport=…) API, not MCP code."""
from jobs import Runner

# ok: MCP-568 -- not MCP code
Runner().run(transport="http")
