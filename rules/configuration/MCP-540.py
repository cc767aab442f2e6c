"""Fixture for MCP-540: hand-written OAuth clients in MCP code."""

from urllib.parse import urlencode

from authlib.integrations.httpx_client import AsyncOAuth2Client
from mcp.client.session import ClientSession
from oauthlib.oauth2 import BackendApplicationClient, WebApplicationClient
from requests_oauthlib import OAuth2Session

AUTHORIZE_URL = "https://auth.example.com/authorize"
CLIENT_ID = "desktop-mcp"
REDIRECT_URI = "http://127.0.0.1:8765/callback"


def requests_oauthlib_login() -> str:
    # ruleid: MCP-540
    oauth = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI, scope=["mcp"])
    url, _ = oauth.authorization_url(AUTHORIZE_URL)
    return url


def requests_oauthlib_pkce() -> str:
    # ok: MCP-540
    oauth = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI, scope=["mcp"], pkce="S256")
    url, _ = oauth.authorization_url(AUTHORIZE_URL)
    return url


def machine_to_machine() -> OAuth2Session:
    # ok: MCP-540 -- client-credentials grant, no authorization code
    return OAuth2Session(client=BackendApplicationClient(client_id=CLIENT_ID))


class Login:
    def __init__(self) -> None:
        # ruleid: MCP-540
        self.client = AsyncOAuth2Client(CLIENT_ID, redirect_uri=REDIRECT_URI)
        # ok: MCP-540
        self.pkce_client = AsyncOAuth2Client(CLIENT_ID, redirect_uri=REDIRECT_URI, code_challenge_method="S256")

    def url(self, verifier: str) -> str:
        return self.pkce_client.create_authorization_url(AUTHORIZE_URL, code_verifier=verifier)[0]


def oauthlib_request(state: str, challenge: str) -> list:
    client = WebApplicationClient(CLIENT_ID)
    # ruleid: MCP-540
    a = client.prepare_request_uri(AUTHORIZE_URL, redirect_uri=REDIRECT_URI, state=state)
    # ok: MCP-540
    b = client.prepare_request_uri(AUTHORIZE_URL, redirect_uri=REDIRECT_URI, state=state, code_challenge=challenge, code_challenge_method="S256")
    return [a, b]


def hand_built(state: str) -> str:
    # ruleid: MCP-540
    params = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT_URI, "state": state}
    return f"{AUTHORIZE_URL}?{urlencode(params)}"


def hand_built_string(state: str) -> str:
    # ruleid: MCP-540
    return f"{AUTHORIZE_URL}?response_type=code&client_id={CLIENT_ID}&state={state}"


def hand_built_pkce(state: str, challenge: str) -> str:
    # ok: MCP-540
    params = {"response_type": "code", "client_id": CLIENT_ID, "state": state, "code_challenge": challenge, "code_challenge_method": "S256"}
    return f"{AUTHORIZE_URL}?{urlencode(params)}"


def metadata() -> dict:
    # ok: MCP-540 -- authorization server metadata, not a request
    return {"response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"]}
