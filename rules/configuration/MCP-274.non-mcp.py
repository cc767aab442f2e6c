"""Fixture for MCP-274: a Starlette app with the same names, not MCP code."""
from myproject.transport_security import TransportSecuritySettings

# ok: MCP-274 -- not an MCP-context file
settings = TransportSecuritySettings(enable_dns_rebinding_protection=False)
