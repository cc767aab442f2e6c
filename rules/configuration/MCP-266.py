"""Fixture for MCP-266: an authenticated fastmcp server keeping state per
session."""
from fastmcp import Context, FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token

mcp = FastMCP("orders", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="orders"))
pending: dict[str, dict] = {}
carts: dict[str, list] = {}


@mcp.tool
async def start_order(item: str, ctx: Context) -> str:
    # ok: MCP-266 -- a write; the read is checked below
    pending[ctx.session_id] = {"item": item}
    return "confirm?"


@mcp.tool
async def confirm_order(ctx: Context) -> str:
    # ruleid: MCP-266
    order = pending.pop(ctx.session_id)
    return str(order)


@mcp.tool
async def cart(ctx: Context) -> list:
    session_id = ctx.session_id
    # ruleid: MCP-266
    items = carts[session_id]
    return items


@mcp.tool
async def cart_checked(ctx: Context) -> list:
    user = get_access_token().client_id
    # ok: MCP-266 -- keyed by user and session
    return carts.get(f"{user}:{ctx.session_id}", [])


@mcp.tool
async def cart_owned(ctx: Context) -> list:
    owner = get_access_token().client_id
    # ok: MCP-266 -- the function reads the caller's identity to check ownership
    entry = carts.get(ctx.session_id)
    return entry if entry and entry[0] == owner else []


@mcp.tool
async def header(ctx: Context) -> str:
    # ok: MCP-266 -- reading a header, not a session store
    return ctx.request_context.request.headers.get("mcp-session-id")


def decode(payload: dict) -> dict:
    parsed = payload["task"]
    # ok: MCP-266 -- a field named session_id, not a lookup by session ID
    return {"session_id": parsed.get("session_id")}


def _forget(session_id: str) -> None:
    # ok: MCP-266 -- registry housekeeping outside any handler or request
    carts.pop(session_id, None)
