"""Fixture for MCP-211: a chatbot that is not MCP code."""

from llm import Session


def chat(session: Session, prompt: str, budget: int) -> str:
    # ok: MCP-211 -- not an MCP-context file
    return session.create_message(messages=[prompt], max_tokens=budget)
