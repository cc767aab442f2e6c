"""Fixture for MCP-279: the same OAuth client code in a program that is not
MCP code. The rule is gated on MCP context and must stay quiet."""

import requests
from requests_oauthlib import OAuth2Session

TOKEN_URL = "https://auth.example.com/oauth/token"


def exchange_code(code: str, verifier: str) -> dict:
    oauth = OAuth2Session("cli", redirect_uri="http://127.0.0.1:8765/callback")
    # ok: MCP-279
    token = oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier)
    # ok: MCP-279
    requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code})
    return token
