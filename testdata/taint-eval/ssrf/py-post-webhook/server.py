import requests
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(webhook: str, message: str) -> str:
    payload = {"text": message}
    requests.post(webhook, json=payload, timeout=10)
    return "sent"
