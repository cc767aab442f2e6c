"""Fixture for MCP-261: the same check in a web app that is not MCP code."""


def redirect_allowed(client, redirect_uri: str) -> bool:
    # ok: MCP-261 -- not an MCP-context file
    return any(redirect_uri.startswith(uri) for uri in client.redirect_uris)
