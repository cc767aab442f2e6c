"""Fixture for MCP-500: CORS on a FastMCP server's Starlette app."""
from mcp.server.fastmcp import FastMCP
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

mcp = FastMCP("files")
app = mcp.streamable_http_app()
ANY = ["*"]
ALLOWED_ORIGINS = {"https://app.example.com"}

# ruleid: MCP-500
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, expose_headers=["Mcp-Session-Id"])
# ruleid: MCP-500
app.add_middleware(CORSMiddleware, allow_origins=ANY)
# ok: MCP-500 -- an explicit list
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], expose_headers=["Mcp-Session-Id"])
middleware = [
    # ruleid: MCP-500
    Middleware(CORSMiddleware, allow_origin_regex=".*"),
    # ok: MCP-500 -- a regex limited to one domain
    Middleware(CORSMiddleware, allow_origin_regex=r"https://.*\.example\.com"),
]
# ok: MCP-500 -- not a CORS middleware
app.add_middleware(AuditMiddleware, allow_origins=["*"])


@mcp.custom_route("/health", methods=["GET"])
async def health(request: Request) -> JSONResponse:
    response = JSONResponse({"ok": True})
    # ruleid: MCP-500
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@mcp.custom_route("/info", methods=["GET"])
async def info(request: Request) -> JSONResponse:
    response = JSONResponse({"name": "files"})
    # ruleid: MCP-500
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin", "")
    return response


@mcp.custom_route("/version", methods=["GET"])
async def version(request: Request) -> JSONResponse:
    response = JSONResponse({"version": "1"})
    origin = request.headers.get("origin")
    if origin in ALLOWED_ORIGINS:
        # ok: MCP-500 -- reflection guarded by an allow-list
        response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin")
    # ok: MCP-500 -- a fixed origin
    response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    return response
