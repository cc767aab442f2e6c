"""MCP-523 is quiet when scopes are required globally."""

import shutil

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier

mcp = FastMCP("files", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com",
                                        audience="files", required_scopes=["files:write"]))


@mcp.tool
# ok: MCP-523 -- every token must carry files:write
def delete_folder(path: str) -> str:
    shutil.rmtree(path)
    return "deleted"
