"""Fixture for MCP-524: OAuth settings in a program that is not MCP code."""

settings = {
    # ok: MCP-524 -- not an MCP-context file
    "token_endpoint": "http://auth.example.com/token",
}
