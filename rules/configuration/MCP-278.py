"""Fixture for MCP-278: an MCP client that signs its user in to an MCP
server with hand-written OAuth code."""

from urllib.parse import urlencode

from authlib.integrations.httpx_client import AsyncOAuth2Client
from mcp.client.session import ClientSession
from oauthlib.oauth2 import WebApplicationClient
from requests_oauthlib import OAuth2Session

AUTHORIZE_URL = "https://auth.example.com/authorize"
CLIENT_ID = "desktop-mcp"
REDIRECT_URI = "http://127.0.0.1:8765/callback"
PKCE_METHOD = "plain"


def requests_oauthlib_session() -> str:
    # ruleid: MCP-278
    oauth = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI, pkce="plain")
    url, _ = oauth.authorization_url(AUTHORIZE_URL)
    return url


def authlib_session() -> AsyncOAuth2Client:
    # ruleid: MCP-278 -- the method is a module constant
    return AsyncOAuth2Client(CLIENT_ID, redirect_uri=REDIRECT_URI, code_challenge_method=PKCE_METHOD)


def oauthlib_request(verifier: str, state: str) -> str:
    client = WebApplicationClient(CLIENT_ID)
    # ruleid: MCP-278
    return client.prepare_request_uri(AUTHORIZE_URL, redirect_uri=REDIRECT_URI, state=state, code_challenge=verifier, code_challenge_method="plain")


def hand_built(verifier: str, state: str) -> str:
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "state": state,
        "code_challenge": verifier,
        # ruleid: MCP-278
        "code_challenge_method": "plain",
    }
    return f"{AUTHORIZE_URL}?{urlencode(params)}"


def hand_built_string(verifier: str, state: str) -> str:
    # ruleid: MCP-278
    return f"{AUTHORIZE_URL}?response_type=code&client_id={CLIENT_ID}&state={state}&code_challenge={verifier}&code_challenge_method=plain"


def assigned(params: dict) -> dict:
    # ruleid: MCP-278
    params["code_challenge_method"] = "plain"
    return params


def secure(challenge: str, state: str) -> list:
    # ok: MCP-278
    a = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI, pkce="S256")
    # ok: MCP-278
    b = AsyncOAuth2Client(CLIENT_ID, redirect_uri=REDIRECT_URI, code_challenge_method="S256")
    # ok: MCP-278
    c = {"response_type": "code", "code_challenge": challenge, "code_challenge_method": "S256"}
    # ok: MCP-278
    d = f"{AUTHORIZE_URL}?response_type=code&code_challenge={challenge}&code_challenge_method=S256"
    # ok: MCP-278 -- "plain" as an unrelated value
    e = {"format": "plain", "state": state}
    # ok: MCP-278 -- documentation string that names the option without setting it
    f = "code_challenge_method must be S256, never plain"
    return [a, b, c, d, e, f]
