"""Fixture for MCP-217: a low-level server mounted in Starlette and run by uvicorn."""
import uvicorn
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.applications import Starlette
from starlette.routing import Mount

server = Server("files")
# ruleid: MCP-217
manager = StreamableHTTPSessionManager(app=server, stateless=True)
app = Starlette(routes=[Mount("/mcp", app=manager.handle_request)])

if __name__ == "__main__":
    uvicorn.run(app, host=HOST, port=8000)
