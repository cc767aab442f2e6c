"""Fixture for MCP-084: paid LLM calls in FastMCP tools."""

import anthropic
import boto3
import litellm
from google import genai
from google.genai import types
from mcp.server.fastmcp import FastMCP
from openai import OpenAI

mcp = FastMCP("assistant")
openai_client = OpenAI()
claude = anthropic.Anthropic()
gemini = genai.Client()
bedrock = boto3.client("bedrock-runtime")
CAP = types.GenerateContentConfig(max_output_tokens=512)


@mcp.tool()
def summarize(text: str) -> str:
    """Summarize a text."""
    # ruleid: MCP-084
    r = openai_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    # ok: MCP-084 -- output capped
    capped = openai_client.chat.completions.create(model="gpt-4o", max_completion_tokens=300, messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content + capped.choices[0].message.content


@mcp.tool()
def translate(text: str, target: str) -> str:
    # ruleid: MCP-084
    r = gemini.models.generate_content(model="gemini-2.0-flash", contents=f"Translate to {target}: {text}")
    # ok: MCP-084 -- capped through a config bound at module level
    capped = gemini.models.generate_content(model="gemini-2.0-flash", contents=f"Translate to {target}: {text}", config=CAP)
    return r.text + capped.text


@mcp.tool()
def classify(ticket: str) -> str:
    # ruleid: MCP-084
    r = bedrock.converse(modelId="anthropic.claude-3-haiku", messages=[{"role": "user", "content": [{"text": ticket}]}])
    # ok: MCP-084
    capped = bedrock.converse(modelId="anthropic.claude-3-haiku", messages=[{"role": "user", "content": [{"text": ticket}]}], inferenceConfig={"maxTokens": 50})
    return str(r) + str(capped)


@mcp.tool()
def answer(question: str, budget: int) -> str:
    # ruleid: MCP-084 -- the caller picks the cap
    r = claude.messages.create(model="claude-sonnet-4-5", max_tokens=budget, messages=[{"role": "user", "content": question}])
    # ok: MCP-084 -- clamped
    capped = claude.messages.create(model="claude-sonnet-4-5", max_tokens=min(budget, 1024), messages=[{"role": "user", "content": question}])
    return r.content[0].text + capped.content[0].text


@mcp.tool()
def short_summary(text: str) -> str:
    if len(text) > 20_000:
        raise ValueError("text too long")
    # ok: MCP-084 -- input length checked first
    r = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content


@mcp.tool()
def release_notes() -> str:
    # ok: MCP-084 -- no tool input in the prompt
    r = openai_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Write release notes"}])
    return r.choices[0].message.content


def nightly_digest(items: list[str]) -> str:
    # ok: MCP-084 -- not a tool handler
    r = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": "\n".join(items)}])
    return r.choices[0].message.content


@mcp.tool()
def notify(phone: str, text: str) -> str:
    from twilio.rest import Client

    # ok: MCP-084 -- an SMS API, not an LLM (no model argument)
    Client().messages.create(to=phone, from_="+15550100", body=text)
    return "sent"
