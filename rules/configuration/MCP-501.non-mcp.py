"""Fixture for MCP-501: a web app with an SSE endpoint, not MCP code."""
from starlette.applications import Starlette

app = Starlette()

if __name__ == "__main__":
    # ok: MCP-501 -- not an MCP-context file
    server.run(transport="sse")
