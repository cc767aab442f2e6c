"""Fixture for MCP-565: report and prompt templates in an MCP server."""

import string

import jinja2
from flask import render_template_string
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("reports")
env = Environment(autoescape=True)
sandbox = SandboxedEnvironment()
SUMMARY = "Summarise {{ topic }} in {{ words }} words."


@mcp.tool()
def render_report(template: str, title: str) -> str:
    """Render a report from a user template."""
    # ruleid: MCP-565
    a = Template(template).render(title=title)
    body = "<h1>" + title + "</h1>" + template
    # ruleid: MCP-565
    b = env.from_string(body).render()
    # ruleid: MCP-565
    c = MakoTemplate(template).render(title=title)
    # ruleid: MCP-565
    d = render_template_string(template, title=title)
    # ok: MCP-565 -- sandboxed environment
    e = sandbox.from_string(template).render(title=title)
    # ok: MCP-565 -- constant template, input only in the context
    f = Template("<h1>{{ title }}</h1>").render(title=title)
    # ok: MCP-565 -- string.Template only substitutes $names
    g = string.Template(template).safe_substitute(title=title)
    return "\n".join([a, b, c, d, e, f, g])


@mcp.prompt()
def summarise(topic: str, words: int = 100) -> str:
    """Summarise a topic."""
    # ok: MCP-565 -- the prompt's template is constant
    return Template(SUMMARY).render(topic=topic, words=words)


@mcp.prompt()
def custom_prompt(instructions: str, topic: str) -> str:
    """Use the caller's own prompt template."""
    # ruleid: MCP-565
    return jinja2.Template(instructions).render(topic=topic)


def load_templates(name: str) -> str:
    # ok: MCP-565 -- not a handler: the server's own template file
    return Template(open(f"templates/{name}.j2").read()).render()
