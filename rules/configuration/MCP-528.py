"""Fixture for MCP-528: client registration of MCP servers that are their own
authorization server."""

import secrets

from mcp.server.auth.provider import OAuthAuthorizationServerProvider
from mcp.server.auth.settings import AuthSettings, ClientRegistrationOptions
from mcp.server.fastmcp import FastMCP
from mcp.shared.auth import OAuthClientInformationFull, OAuthClientMetadata
from starlette.requests import Request
from starlette.responses import JSONResponse

CLIENTS: dict[str, dict] = {}
REG_OPTS = {"valid_scopes": ["notes:read"]}

# ruleid: MCP-528
open_registration = ClientRegistrationOptions(enabled=True)
# ruleid: MCP-528
open_registration_scoped_default = ClientRegistrationOptions(enabled=True, default_scopes=["notes:read"])
# ok: MCP-528
restricted = ClientRegistrationOptions(enabled=True, valid_scopes=["notes:read", "notes:write"])
# ok: MCP-528 -- registration disabled
disabled = ClientRegistrationOptions(enabled=False)
# ok: MCP-528 -- options from a dict splat may hold valid_scopes
from_dict = ClientRegistrationOptions(enabled=True, **REG_OPTS)

mcp = FastMCP(
    "notes",
    auth=AuthSettings(issuer_url="https://notes.example.com", resource_server_url="https://notes.example.com/mcp", client_registration_options=restricted),
)


class Provider(OAuthAuthorizationServerProvider):
    def __init__(self) -> None:
        self.clients: dict[str, OAuthClientInformationFull] = {}

    # ok: MCP-528 -- called by the SDK's registration handler after validation
    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        self.clients[client_info.client_id] = client_info


@mcp.custom_route("/oauth/register", methods=["POST"])
# ruleid: MCP-528
async def register(request: Request) -> JSONResponse:
    body = await request.json()
    client_id = secrets.token_urlsafe(16)
    CLIENTS[client_id] = {**body, "client_id": client_id}
    return JSONResponse(CLIENTS[client_id], status_code=201)


@mcp.custom_route("/oauth/register2", methods=["POST"])
# ok: MCP-528 -- validated with the SDK's metadata model
async def register_validated(request: Request) -> JSONResponse:
    metadata = OAuthClientMetadata.model_validate(await request.json())
    client_id = secrets.token_urlsafe(16)
    CLIENTS[client_id] = {**metadata.model_dump(), "client_id": client_id}
    return JSONResponse(CLIENTS[client_id], status_code=201)
