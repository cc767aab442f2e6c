"""Fixture for MCP-546: a backup tool's Root type, not MCP code."""

from backup import Root

# ok: MCP-546 -- not an MCP-context file
full_backup = Root(uri="file:///", name="everything")
