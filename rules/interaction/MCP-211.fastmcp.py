"""Fixture for MCP-211: fastmcp ctx.sample()."""

from fastmcp import Context, FastMCP

mcp = FastMCP("writer")


@mcp.tool
async def haiku(topic: str, length: int, ctx: Context) -> str:
    # ruleid: MCP-211
    a = await ctx.sample(f"A haiku about {topic}", max_tokens=length)
    # ok: MCP-211 -- fastmcp defaults max_tokens to 512
    b = await ctx.sample(f"A haiku about {topic}")
    return f"{a.text}\n{b.text}"
