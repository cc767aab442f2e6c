"""Fixture for MCP-211: sampling budgets in a FastMCP server."""

import asyncio

from mcp.server.fastmcp import Context, FastMCP
from mcp.types import SamplingMessage, TextContent

mcp = FastMCP("writer")
MAX_TOKENS = 600
MAX_ROUNDS = 5


def _msg(text: str) -> SamplingMessage:
    return SamplingMessage(role="user", content=TextContent(type="text", text=text))


@mcp.tool()
async def draft(topic: str, budget: int, ctx: Context) -> str:
    """Draft a text about a topic."""
    # ruleid: MCP-211
    a = await ctx.session.create_message(messages=[_msg(topic)], max_tokens=budget)
    tokens = budget * 2
    # ruleid: MCP-211 -- derived from the argument
    b = await ctx.session.create_message(messages=[_msg(topic)], max_tokens=tokens)
    # ok: MCP-211 -- constant cap
    c = await ctx.session.create_message(messages=[_msg(topic)], max_tokens=MAX_TOKENS)
    # ok: MCP-211 -- clamped
    d = await ctx.session.create_message(messages=[_msg(topic)], max_tokens=min(budget, MAX_TOKENS))
    return "\n".join(r.content.text for r in (a, b, c, d))


@mcp.tool()
async def refine(text: str, ctx: Context) -> str:
    done = False
    # ruleid: MCP-211
    while not done:
        r = await ctx.session.create_message(messages=[_msg(text)], max_tokens=MAX_TOKENS)
        text = r.content.text
        done = "FINAL" in text
    return text


@mcp.tool()
async def refine_bounded(text: str, ctx: Context) -> str:
    rounds = 0
    # ok: MCP-211 -- counter checked against a constant
    while True:
        rounds += 1
        if rounds >= MAX_ROUNDS:
            break
        r = await ctx.session.create_message(messages=[_msg(text)], max_tokens=MAX_TOKENS)
        text = r.content.text
    return text


@mcp.tool()
async def summarize_all(docs: list[str], ctx: Context) -> list[str]:
    out = []
    # ruleid: MCP-211 -- as many requests as the caller sends documents
    for doc in docs:
        r = await ctx.session.create_message(messages=[_msg(doc)], max_tokens=MAX_TOKENS)
        out.append(r.content.text)
    # ok: MCP-211 -- sliced to a constant
    for doc in docs[:MAX_ROUNDS]:
        r = await ctx.session.create_message(messages=[_msg(doc)], max_tokens=MAX_TOKENS)
        out.append(r.content.text)
    return out


@mcp.tool()
async def refine_with_timeout(text: str, ctx: Context) -> str:
    async def loop() -> str:
        nonlocal text
        # ok: MCP-211 -- the caller wraps the loop in asyncio.wait_for
        while "FINAL" not in text:
            r = await ctx.session.create_message(messages=[_msg(text)], max_tokens=MAX_TOKENS)
            text = r.content.text
        return text

    return await asyncio.wait_for(loop(), timeout=30)
