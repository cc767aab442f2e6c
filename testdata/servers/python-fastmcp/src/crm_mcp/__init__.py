"""CRM MCP server."""
