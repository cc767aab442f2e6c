"""Fixture for MCP-082: an MCP server that mints its own credentials."""

import hashlib
import random
import secrets
import string
import time
import uuid
from random import choice

import jwt
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("accounts")
ALPHABET = string.ascii_letters + string.digits


@mcp.tool()
def create_api_key(owner: str) -> dict:
    """Create an API key."""
    # ruleid: MCP-082
    api_key = "".join(random.choice(ALPHABET) for _ in range(32))
    # ruleid: MCP-082
    reset_code = str(random.randint(100000, 999999))
    # ruleid: MCP-082
    client_secret = uuid.uuid1().hex
    # ruleid: MCP-082
    token = hashlib.sha256(f"{owner}{time.time()}".encode()).hexdigest()
    # ruleid: MCP-082
    password = "".join(choice(ALPHABET) for _ in range(12))
    # ok: MCP-082
    good_key = secrets.token_urlsafe(32)
    # ok: MCP-082 -- SystemRandom draws on os.urandom
    verification_code = "".join(random.SystemRandom().choice(string.digits) for _ in range(6))
    # ok: MCP-082 -- a random delay, not a security value
    backoff = random.uniform(0.5, 1.5)
    # ok: MCP-082 -- uuid4 is random
    request_id = uuid.uuid4().hex
    # ok: MCP-082 -- the state value is MCP-262's
    oauth_state = str(random.random())
    # ok: MCP-082 -- the session ID is MCP-267's
    session_token = str(random.getrandbits(64))
    # ok: MCP-082 -- a signed JWT with a timestamp
    access_token = jwt.encode({"sub": owner, "iat": time.time()}, good_key, algorithm="HS256")
    return {"api_key": api_key, "reset_code": reset_code, "client_secret": client_secret, "token": token,
            "password": password, "good_key": good_key, "verification_code": verification_code, "backoff": backoff,
            "request_id": request_id, "oauth_state": oauth_state, "session_token": session_token,
            "access_token": access_token}


def generate_token() -> str:
    # ruleid: MCP-082
    return "%032x" % random.getrandbits(128)


def generate_verifier() -> str:
    # ok: MCP-082
    return secrets.token_urlsafe(64)


def issue(owner: str) -> dict:
    # ruleid: MCP-082
    return dict(owner=owner, nonce=random.randint(0, 2**32))


def sample_rows(rows: list) -> list:
    # ok: MCP-082 -- random sampling of data
    picked = random.sample(rows, 3)
    return picked
