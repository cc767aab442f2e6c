"""Fixture for MCP-528: a look-alike options class outside MCP code."""


class ClientRegistrationOptions:
    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled


# ok: MCP-528 -- not an MCP-context file
opts = ClientRegistrationOptions(enabled=True)
