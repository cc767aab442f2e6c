"""Fixture for MCP-283: a CLI with an auth= option and a tool decorator, not MCP code."""
from cli import app

client = Client(auth=token)


@app.tool()
# ok: MCP-283 -- not an MCP-context file
def refund(order_id: str) -> str:
    return order_id
