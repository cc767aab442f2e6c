"""Fixture for MCP-262: an MCP client and an MCP OAuth proxy building
authorization requests by hand."""

import random
import secrets
import string
import time
import uuid
from urllib.parse import urlencode

from authlib.integrations.httpx_client import AsyncOAuth2Client
from mcp.client.session import ClientSession
from requests_oauthlib import OAuth2Session

AUTHORIZE_URL = "https://auth.example.com/authorize"
CLIENT_ID = "desktop-mcp"
REDIRECT_URI = "http://127.0.0.1:8765/callback"
FIXED_STATE = "mcp-login"


def weak_random(oauth: OAuth2Session) -> str:
    # ruleid: MCP-262
    state = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    url, _ = oauth.authorization_url(AUTHORIZE_URL, state=state)
    return url


def time_based(session: dict) -> str:
    # ruleid: MCP-262
    session["oauth_state"] = oauth_state = str(time.time())
    return oauth_state


def uuid1_state() -> str:
    # ruleid: MCP-262
    oauth_state = uuid.uuid1().hex
    return oauth_state


def constant_kwarg(oauth: OAuth2Session) -> str:
    # ruleid: MCP-262
    url, _ = oauth.authorization_url(AUTHORIZE_URL, state="xyz")
    return url


async def constant_name(client: AsyncOAuth2Client, verifier: str) -> str:
    # ruleid: MCP-262 -- a module constant
    url, _ = client.create_authorization_url(AUTHORIZE_URL, state=FIXED_STATE, code_verifier=verifier)
    return url


def inline_weak(oauth: OAuth2Session) -> str:
    # ruleid: MCP-262
    url, _ = oauth.authorization_url(AUTHORIZE_URL, state=str(random.randint(0, 10**9)))
    return url


def hand_built(challenge: str) -> str:
    # ruleid: MCP-262
    params = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT_URI, "state": "abc", "code_challenge": challenge, "code_challenge_method": "S256"}
    return f"{AUTHORIZE_URL}?{urlencode(params)}"


def secure(oauth: OAuth2Session, client: AsyncOAuth2Client, verifier: str, challenge: str) -> list:
    # ok: MCP-262
    state = secrets.token_urlsafe(32)
    # ok: MCP-262
    a = oauth.authorization_url(AUTHORIZE_URL, state=state)
    # ok: MCP-262 -- the library generates the state
    b = client.create_authorization_url(AUTHORIZE_URL, code_verifier=verifier)
    # ok: MCP-262
    rng_state = "".join(random.SystemRandom().choice(string.ascii_letters) for _ in range(32))
    # ok: MCP-262
    c = {"response_type": "code", "client_id": CLIENT_ID, "state": state, "code_challenge": challenge}
    # ok: MCP-262 -- a state filter of an API, not an OAuth request
    d = {"state": "open", "labels": "bug"}
    # ok: MCP-262 -- not a state variable
    jitter = random.random()
    return [a, b, c, d, rng_state, jitter]


def list_issues(repo, **kw):
    # ok: MCP-262 -- an API call with a state filter
    return repo.get_issues(state="open")
