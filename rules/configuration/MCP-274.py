"""Fixture for MCP-274: a low-level MCP server (official SDK) mounted in
Starlette with the Streamable HTTP session manager and the SSE transport."""
import contextlib

from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecurityMiddleware, TransportSecuritySettings
from starlette.applications import Starlette
from starlette.routing import Mount

server = Server("files")

LOCAL_SECURITY = TransportSecuritySettings(
    allowed_hosts=["127.0.0.1:*", "localhost:*"],
    allowed_origins=["http://127.0.0.1:*", "http://localhost:*"],
)

# ruleid: MCP-274
manager = StreamableHTTPSessionManager(app=server, event_store=None, json_response=True)
# ruleid: MCP-274
manager_none = StreamableHTTPSessionManager(app=server, security_settings=None)
# ok: MCP-274 -- explicit settings
manager_safe = StreamableHTTPSessionManager(app=server, json_response=True, security_settings=LOCAL_SECURITY)
# ok: MCP-274 -- settings built inline
manager_inline = StreamableHTTPSessionManager(
    app=server,
    security_settings=TransportSecuritySettings(allowed_hosts=["mcp.example.com"], allowed_origins=["https://app.example.com"]),
)

# ruleid: MCP-274
sse = SseServerTransport("/messages/")
# ok: MCP-274 -- settings as the second positional argument
sse_safe = SseServerTransport("/messages/", LOCAL_SECURITY)
# ok: MCP-274 -- settings by keyword
sse_kw = SseServerTransport("/messages/", security_settings=LOCAL_SECURITY)

# ruleid: MCP-274
off = TransportSecuritySettings(enable_dns_rebinding_protection=False)
# ok: MCP-274 -- protection on (the default)
on = TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["localhost:*"])

# ruleid: MCP-274
guard = TransportSecurityMiddleware(None)
# ruleid: MCP-274
guard_default = TransportSecurityMiddleware()
# ok: MCP-274 -- settings given
guard_safe = TransportSecurityMiddleware(LOCAL_SECURITY)

# ok: MCP-274 -- literal "*" is compared as a string by this SDK: it rejects, not allows, every host
strict = TransportSecuritySettings(allowed_hosts=["*"], allowed_origins=["*"])


@contextlib.asynccontextmanager
async def lifespan(app):
    async with manager_safe.run():
        yield


app = Starlette(routes=[Mount("/mcp", app=manager_safe.handle_request)], lifespan=lifespan)
