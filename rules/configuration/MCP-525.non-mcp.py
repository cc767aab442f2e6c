"""Fixture for MCP-525: a look-alike keyword in code that is not MCP code."""


def configure(provider_cls):
    # ok: MCP-525 -- not an MCP-context file
    return provider_cls(base_url="https://x.example.com/authorize", require_authorization_consent=False)
