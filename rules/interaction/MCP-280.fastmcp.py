"""Fixture for MCP-280: fastmcp's ctx.elicit(message, response_type)."""

from fastmcp import Context, FastMCP

mcp = FastMCP("deploy")


@mcp.tool
async def deploy(env: str, ctx: Context) -> str:
    # ruleid: MCP-280
    key = await ctx.elicit("Paste the AWS secret access key for the deploy", response_type=str)
    # ok: MCP-280
    ok = await ctx.elicit(f"Deploy to {env}?", response_type=bool)
    # ok: MCP-280
    region = await ctx.elicit("Which region?", response_type=["eu-west-1", "us-east-1"])
    return f"{key.action} {ok.action} {region.action}"
