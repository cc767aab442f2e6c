"""MCP-005 needs both classes: a server that only sends messages and reads nothing private."""

from mcp.server.fastmcp import FastMCP
from slack_sdk import WebClient

mcp = FastMCP("announcer")
slack = WebClient()


@mcp.tool()
def announce(channel: str, text: str) -> str:
    # ok: MCP-005 -- no reader tool in this server
    slack.chat_postMessage(channel=channel, text=text)
    return "posted"
