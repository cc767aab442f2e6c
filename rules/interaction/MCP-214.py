"""Fixture for MCP-214: prompt templates of a FastMCP server."""

import json
from enum import Enum
from typing import Literal

from jinja2 import Template
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.prompts.base import AssistantMessage, Message, UserMessage

mcp = FastMCP("writing")

SUMMARY = Template("Summarize the following document for {{ audience }}:\n{{ body }}")


def escape_for_prompt(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


class Tone(str, Enum):
    formal = "formal"
    casual = "casual"


@mcp.prompt()
def review(code: str, language: str = "python") -> list[Message]:
    """Review a piece of code."""
    return [
        # ruleid: MCP-214
        UserMessage(f"Review this {language} code and list every bug:\n{code}"),
        AssistantMessage("I will review it carefully."),
    ]


@mcp.prompt(name="translate")
def translate_prompt(text: str, target: str) -> str:
    # ruleid: MCP-214
    header = "Translate the text below into " + target + "."
    # ruleid: MCP-214
    body = "Text:\n{}".format(text)
    # ok: MCP-214 -- escaped
    safe = f"Text:\n{escape_for_prompt(text)}"
    # ok: MCP-214 -- JSON-quoted
    quoted = f"Text (JSON string):\n{json.dumps(text)}"
    # ok: MCP-214 -- delimited as untrusted data
    wrapped = f"<untrusted>\n{text}\n</untrusted>"
    # ok: MCP-214 -- a constant
    footer = "Keep the formatting."
    return "\n".join([header, body, safe, quoted, wrapped, footer])


@mcp.prompt()
def fetch_prompt(url: str) -> str:
    if not url.startswith("https://"):
        # ok: MCP-214 -- an error message, not prompt text
        raise ValueError(f"Unsupported URL {url}")
    return "Summarize the page the user attached."


@mcp.prompt()
def summarize(body: str, audience: str) -> str:
    # ruleid: MCP-214
    return SUMMARY.render(body=body, audience=audience)


@mcp.prompt()
def rewrite(text_length: int, tone: Literal["formal", "casual"]) -> str:
    # ok: MCP-214 -- Literal parameters
    return f"Rewrite the previous answer in a {tone} tone, in at most {text_length} words."


@mcp.tool()
def search(query: str) -> str:
    # ok: MCP-214 -- a tool, not a prompt handler
    return f"Results for {query}"


def helper(topic: str) -> str:
    # ok: MCP-214 -- not a handler
    return f"Write about {topic}"
