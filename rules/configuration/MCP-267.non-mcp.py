"""Fixture for MCP-267: a game server, not MCP code."""
import random

# ok: MCP-267 -- not an MCP-context file
session_id = random.randint(0, 1000)
