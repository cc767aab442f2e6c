"""Fixture for MCP-565: a template built from input outside MCP code."""

from jinja2 import Template


def render(user_template: str) -> str:
    # ok: MCP-565 -- not an MCP-context file
    return Template(user_template).render()
