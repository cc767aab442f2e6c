"""Fixture for MCP-030: a key in a project without MCP context."""

# ok: MCP-030 -- not an MCP project
OPENAI_API_KEY = "sk-proj-Tq7mW2xLp9Rz4Kb8Nc3Vd6Hf1Gj5Sa0YeUiOoPl"
