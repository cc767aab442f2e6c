"""Fixture for MCP-277: a FastMCP server that checks bearer tokens but
publishes no protected resource metadata."""

from fastapi import HTTPException
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from starlette.requests import Request
from starlette.responses import JSONResponse

mcp = FastMCP(
    "notes",
    token_verifier=None,
    # ruleid: MCP-277
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url=None, required_scopes=["notes"]),
)


async def check_bearer(request: Request) -> JSONResponse | None:
    if not request.headers.get("authorization", "").startswith("Bearer "):
        # ruleid: MCP-277
        return JSONResponse({"error": "invalid_token"}, status_code=401)
    return None


def require(token: str | None) -> None:
    if token is None:
        # ruleid: MCP-277
        raise HTTPException(401, "missing bearer token")
    # ok: MCP-277 -- not a 401
    raise HTTPException(status_code=403, detail="insufficient_scope")


# ok: MCP-277 -- metadata naming an authorization server
GOOD_PRM = {"resource": "https://notes.example.com/mcp", "authorization_servers": ["https://auth.example.com"]}
# ruleid: MCP-277 -- invalid metadata: no authorization server
PRM = {"resource": "https://notes.example.com/mcp", "authorization_servers": []}
