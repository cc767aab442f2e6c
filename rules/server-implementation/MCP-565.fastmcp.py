"""Fixture for MCP-565 with PrefectHQ fastmcp (bare decorators)."""

from fastmcp import Context, FastMCP
from jinja2 import Environment, Template

mcp = FastMCP("mailer")
env = Environment()


@mcp.tool
async def compose(body_template: str, recipient: str, ctx: Context) -> str:
    """Compose an email from a template."""
    await ctx.info("composing")
    # ruleid: MCP-565
    text = env.from_string(body_template).render(recipient=recipient)
    # ok: MCP-565 -- constant template
    footer = Template("Sent to {{ recipient }}").render(recipient=recipient)
    return text + footer
