"""Fixture for MCP-277: the same checks in a server that publishes protected
resource metadata (resource_server_url is set), so nothing is reported."""

from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from starlette.responses import JSONResponse

mcp = FastMCP(
    "notes",
    # ok: MCP-277
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="https://notes.example.com/mcp", required_scopes=["notes"]),
)


def deny() -> JSONResponse:
    # ok: MCP-277 -- the project publishes the metadata
    return JSONResponse({"error": "invalid_token"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
