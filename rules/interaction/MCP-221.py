"""Fixture for MCP-221: links in the output of a FastMCP server."""

from urllib.parse import quote, urlparse

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("tickets")

TRACKER = "https://tracker.example.com"
ALLOWED_HOSTS = {"tracker.example.com", "wiki.example.com"}


@mcp.tool()
def ticket_link(ticket_id: str, base_url: str) -> str:
    # ruleid: MCP-221
    a = f"[Ticket {ticket_id}]({base_url}/tickets/{ticket_id})"
    # ok: MCP-221 -- the host is a constant; the argument is only in the path
    b = f"[Ticket]({TRACKER}/tickets/{ticket_id})"
    # ruleid: MCP-221
    c = "[Docs](" + base_url + ")"
    # ruleid: MCP-221
    d = '<a href="%s">open</a>' % base_url
    # ok: MCP-221 -- caller data only in the link text
    e = f"[Ticket {ticket_id}]({TRACKER}/tickets/)"
    # ok: MCP-221 -- a constant scheme and host, the argument in the query
    g = f"[Search](https://tracker.example.com/search?q={ticket_id})"
    # ruleid: MCP-221 -- the argument chooses the host
    h = f"[Open](https://{base_url}/tickets)"
    # ok: MCP-221 -- an image is MCP-220's
    f = f"![t]({base_url}/badge.svg)"
    return "\n".join([a, b, c, d, e, f, g, h])


@mcp.tool()
def wiki_link(url: str, title: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("link host not allowed")
    # ok: MCP-221 -- host allow-list checked first
    return f"[{title}]({url})"


def render_footer(version: str) -> str:
    # ok: MCP-221 -- not from a tool argument
    return f"[Changelog]({TRACKER}/releases/{version})"
