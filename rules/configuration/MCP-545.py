"""Fixture for MCP-545: a Python agent host driving MCP tool calls."""

import json

from mcp import ClientSession
from openai import AsyncOpenAI

llm = AsyncOpenAI()
READ_ONLY_ALLOWED = {"search_docs", "get_weather"}


async def agent_loop(session: ClientSession, messages: list, tools: list) -> list:
    response = await llm.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
    results = []
    for tool_call in response.choices[0].message.tool_calls or []:
        args = json.loads(tool_call.function.arguments)
        # ruleid: MCP-545
        results.append(await session.call_tool(tool_call.function.name, args))
    return results


async def agent_loop_with_approval(session: ClientSession, message) -> list:
    results = []
    for tool_call in message.tool_calls:
        if tool_call.function.name not in READ_ONLY_ALLOWED and not confirm(tool_call.function.name):
            continue
        # ok: MCP-545 -- allow-list and confirmation
        results.append(await session.call_tool(tool_call.function.name, json.loads(tool_call.function.arguments)))
    return results


async def refresh_status(session: ClientSession) -> dict:
    # ok: MCP-545 -- a fixed tool chosen by the host, not the model
    return await session.call_tool("status", {})


async def execute(session: ClientSession, tool, call) -> object:
    # ruleid: MCP-545
    if not tool.annotations or not tool.annotations.destructiveHint:
        return await session.call_tool(call.name, call.input)
    if input(f"Allow {call.name}? [y/N] ") == "y":
        return await session.call_tool(call.name, call.input)
    return None


def badge(tool) -> str:
    # ok: MCP-545 -- display only
    if tool.annotations and tool.annotations.readOnlyHint:
        return "read-only"
    return ""
