"""Fixture for MCP-523: an authenticated server without scope enforcement."""

import sqlite3
import subprocess
from pathlib import Path

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token
from starlette.requests import Request
from starlette.responses import JSONResponse

mcp = FastMCP("ops", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="ops"))
db = sqlite3.connect("ops.db")


def require_scope(scope: str) -> None:
    if scope not in get_access_token().scopes:
        raise PermissionError(f"missing scope {scope}")


@mcp.tool
# ruleid: MCP-523 -- runs commands, never checks scopes
def restart(service: str) -> str:
    subprocess.run(["systemctl", "restart", service], check=True)
    return "restarted"


@mcp.tool
# ruleid: MCP-523 -- writes files
def write_config(name: str, body: str) -> str:
    Path("/etc/app", name).write_text(body)
    return "written"


@mcp.tool
# ruleid: MCP-523 -- deletes rows
def purge(table: str) -> str:
    db.execute("DELETE FROM events WHERE created < date('now', '-30 day')")
    return "purged"


@mcp.tool
# ok: MCP-523 -- checks a scope first
def restart_checked(service: str) -> str:
    require_scope("ops:write")
    subprocess.run(["systemctl", "restart", service], check=True)
    return "restarted"


@mcp.tool
# ok: MCP-523 -- read-only
def status(service: str) -> str:
    return db.execute("SELECT state FROM services WHERE name = ?", (service,)).fetchone()[0]


async def scope_check(request: Request) -> JSONResponse | None:
    token = get_access_token()
    if "ops:write" not in token.scopes:
        # ruleid: MCP-523 -- 403 without the scope challenge
        return JSONResponse({"error": "forbidden"}, status_code=403)
    return None


async def scope_check_401(request: Request) -> JSONResponse | None:
    # ruleid: MCP-523 -- 401 for a missing scope
    if "ops:read" not in get_access_token().scopes:
        return JSONResponse({"error": "invalid_token"}, status_code=401)
    return None


async def token_check(request: Request) -> JSONResponse | None:
    if not request.headers.get("authorization"):
        # ruleid: MCP-523 -- an authentication failure answered with 200
        return JSONResponse({"error": "unauthorized"})
    return None


async def good_scope_check(request: Request) -> JSONResponse | None:
    if "ops:write" not in get_access_token().scopes:
        # ok: MCP-523 -- 403 with the insufficient_scope challenge
        return JSONResponse({"error": "insufficient_scope"}, status_code=403,
                            headers={"WWW-Authenticate": 'Bearer error="insufficient_scope", scope="ops:write"'})
    return None
