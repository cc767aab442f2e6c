"""Fixture for MCP-217: a job runner with a run(transport=…) API, not MCP code."""
from jobs import Runner

runner = Runner(host="0.0.0.0")
# ok: MCP-217 -- not an MCP-context file
runner.run(transport="http")
