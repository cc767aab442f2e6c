"""Fixture for MCP-084: an LLM script that is not MCP code."""

from openai import OpenAI

client = OpenAI()


def summarize(text: str) -> str:
    # ok: MCP-084 -- not an MCP-context file
    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}]).choices[0].message.content
