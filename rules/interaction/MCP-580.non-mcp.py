"""Fixture for MCP-580: an LLM gateway that is not MCP code uses the same
field names for its own protocol."""

from gateway import Client

client = Client()


def ask(question: str) -> str:
    # ok: MCP-580 -- not an MCP-context file
    return client.complete(question, include_context="allServers", max_tokens=100)
