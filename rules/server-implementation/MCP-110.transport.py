"""Fixture for MCP-110: a public Streamable HTTP deployment of the low-level server."""

import uvicorn
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

server = Server("public")
# ruleid: MCP-110
manager = StreamableHTTPSessionManager(app=server, max_request_body_size=512 * 1024 * 1024)
# ok: MCP-110
reaped = StreamableHTTPSessionManager(app=server, session_idle_timeout=1800)
# ok: MCP-110 -- stateless sessions are not kept
stateless = StreamableHTTPSessionManager(app=server, stateless=True)
# ok: MCP-110 -- a 4 MiB limit
small = StreamableHTTPSessionManager(app=server, session_idle_timeout=600, max_request_body_size=4 * 1024 * 1024)

if __name__ == "__main__":
    uvicorn.run(manager.handle_request, host="0.0.0.0", port=8000)
