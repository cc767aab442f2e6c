"""Fixture for MCP-030: a helper module of an MCP server (the project is MCP
context through the import below, and the rule is project-gated)."""

import mcp.types as types

# ruleid: MCP-030
SLACK_BOT_TOKEN = "xoxb-2048917337-4096183265317-aB3dE5fG7hJ9kL1mN3pQ5rS7"
# ok: MCP-030
SLACK_SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET"
