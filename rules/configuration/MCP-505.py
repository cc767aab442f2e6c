"""Fixture for MCP-505: the MCP session ID used as authentication."""

from fastmcp import Context, FastMCP
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

mcp = FastMCP("docs")
session_users: dict[str, dict] = {}
AUTHENTICATED_SESSIONS: set[str] = set()
sessions: dict[str, dict] = {}
transports: dict[str, object] = {}


def is_authorized(session_id: str, action: str) -> bool:
    # ruleid: MCP-505 -- the role of a session
    return session_users.get(session_id, {}).get("role") == "admin"


def owner_of(sid: str) -> str:
    # ruleid: MCP-505 -- identity looked up by session ID in a helper
    return session_users[sid]["name"]


@mcp.tool
def delete_doc(doc_id: str, ctx: Context) -> str:
    # ruleid: MCP-505 -- an authorization decision keyed by the session ID (deep mode)
    if not is_authorized(ctx.session_id, "delete"):
        raise PermissionError("forbidden")
    return f"deleted {doc_id}"


@mcp.tool
def whoami(ctx: Context) -> str:
    sid = ctx.session_id
    # ruleid: MCP-505 -- the user of a session
    user = sessions[sid].get("user") if sid in sessions else None
    # ruleid: MCP-505 -- "authenticated sessions"
    if sid not in AUTHENTICATED_SESSIONS:
        return "please log in"
    return owner_of(sid)


@mcp.tool
def login(username: str, password: str, ctx: Context) -> str:
    # ok: MCP-505 -- binding at login is where the mapping is written, reported where it is read
    session_users[ctx.session_id] = {"name": username, "role": "user"}
    AUTHENTICATED_SESSIONS.add(ctx.session_id)
    return "logged in"


@mcp.tool
def resume(ctx: Context) -> str:
    # ok: MCP-505 -- transport bookkeeping by session ID is not identity (MCP-266 looks at binding)
    t = transports.get(ctx.session_id)
    # ok: MCP-505 -- a session's own cache, no identity
    cached = sessions.get(ctx.session_id)
    return str(t or cached)


class SessionAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        sid = request.headers.get("mcp-session-id")
        # ruleid: MCP-505 -- a known session skips the token check
        if sid and sid in sessions:
            return await call_next(request)
        token = request.headers.get("authorization", "")
        if not verify_token(token.removeprefix("Bearer ")):
            return JSONResponse({"error": "invalid_token"}, status_code=401)
        return await call_next(request)


def verify_token(token: str) -> bool:
    return bool(token)
