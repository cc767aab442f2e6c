"""Fixture for MCP-580: fastmcp 2.x ctx.sample() accepted include_context."""

from fastmcp import Context, FastMCP

mcp = FastMCP("triage")


@mcp.tool
async def triage(issue: str, ctx: Context) -> str:
    # ruleid: MCP-580
    reply = await ctx.sample(f"Triage: {issue}", include_context="allServers", max_tokens=200)
    # ok: MCP-580
    plain = await ctx.sample(f"Triage: {issue}", max_tokens=200)
    # ok: MCP-580
    other = await ctx.sample(f"Triage: {issue}", system_prompt="You are a careful triager.", max_tokens=200)
    return f"{reply.text}\n{plain.text}\n{other.text}"
