"""Fixture for MCP-600: a task runner that is not MCP code."""

import os

from runner import StdioTransport

# ok: MCP-600 -- not an MCP-context file
transport = StdioTransport(command="make", args=["--token", os.environ["CI_TOKEN"]], env=os.environ)
