"""Fixture for MCP-051: with auth configured, the missing log is MCP-283's."""
import shutil

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier

mcp = FastMCP("files", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="files"))


@mcp.tool
# ok: MCP-051 -- MCP-283 owns it in an authenticated server
def delete_folder(path: str) -> str:
    shutil.rmtree(path)
    return "deleted"
