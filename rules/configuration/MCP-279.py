"""Fixture for MCP-279: an MCP server that also logs in to an upstream API
with a hand-written OAuth client."""

import httpx
import requests
from authlib.integrations.httpx_client import AsyncOAuth2Client
from mcp.server.fastmcp import FastMCP
from requests_oauthlib import OAuth2Session

mcp = FastMCP("crm")

MCP_SERVER_URL = "https://crm-mcp.example.com/mcp"
TOKEN_URL = "https://auth.example.com/oauth/token"
CLIENT_ID = "crm-mcp"
REDIRECT_URI = "http://127.0.0.1:8765/callback"


def exchange_code(code: str, verifier: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI)
    # ruleid: MCP-279
    token = oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier)
    # ok: MCP-279
    token = oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier, resource=MCP_SERVER_URL)
    # ok: MCP-279
    token = oauth.fetch_token(TOKEN_URL, code=code, resource = MCP_SERVER_URL)
    return token


async def refresh(client: AsyncOAuth2Client, refresh_token: str) -> dict:
    # ruleid: MCP-279
    return await client.fetch_token(TOKEN_URL, grant_type="refresh_token", refresh_token=refresh_token)


def exchange_with_kwargs(code: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID)
    params = {"code": code, "code_verifier": "v"}
    params["resource"] = MCP_SERVER_URL
    # deepok: MCP-279 -- known fast-mode (v1) false positive: the body is built in earlier statements; deep mode resolves it
    return oauth.fetch_token(TOKEN_URL, **params)


def exchange_with_kwargs_unbound(code: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID)
    params = {"code": code, "code_verifier": "v"}
    params["state"] = "s"
    # ruleid: MCP-279 -- the body built over several statements has no resource, in either mode
    return oauth.fetch_token(TOKEN_URL, **params)


def exchange_with_update(code: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID)
    form = dict(grant_type="authorization_code", code=code)
    form.update(resource=MCP_SERVER_URL)
    # deepok: MCP-279 -- resource added by update(); deep mode follows it
    return requests.post(TOKEN_URL, data=form).json()


def exchange_multiline(code: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID)
    # deepok: MCP-279 -- known fast-mode (v1) false positive: resource= is on a later line of the call
    return oauth.fetch_token(
        TOKEN_URL,
        code=code,
        resource=MCP_SERVER_URL,
    )


def raw_token_requests(code: str, metadata: dict) -> None:
    # ruleid: MCP-279
    requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code})
    # ruleid: MCP-279
    httpx.post(metadata["token_endpoint"], data={"code": code})
    # ruleid: MCP-279
    requests.post("https://auth.example.com/oauth2/token", data=form(code))
    # ruleid: MCP-279
    session.post(url, data={"grant_type": "client_credentials"})
    # ok: MCP-279
    requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code, "resource": MCP_SERVER_URL})
    # ok: MCP-279
    httpx.post(metadata["token_endpoint"], data={'code': code, 'resource': MCP_SERVER_URL})
    # ok: MCP-279 -- not a token endpoint
    requests.post("https://api.example.com/v1/tokens", json={"name": "ci"})
    # ok: MCP-279 -- not a token request
    httpx.post("https://api.example.com/messages", json={"max_tokens": 100})


def reviewed(code: str) -> dict:
    oauth = OAuth2Session(CLIENT_ID)
    # ok: MCP-279
    token = oauth.fetch_token(TOKEN_URL, code=code)  # nosem: MCP-279 -- the AS rejects resource, tracked in AUTH-12
    # ok: MCP-279
    # nosemgrep
    token = oauth.fetch_token(TOKEN_URL, code=code)
    return token


@mcp.tool()
def lookup_customer(customer_id: str) -> str:
    """Look up a customer by ID."""
    # ok: MCP-279 -- the word appears only in a string
    return "fetch_token(TOKEN_URL, code=code) is how we log in"
