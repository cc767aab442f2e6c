"""Fixture for MCP-540: OAuth code that is not MCP code."""

from requests_oauthlib import OAuth2Session


def login() -> str:
    # ok: MCP-540 -- not an MCP-context file
    oauth = OAuth2Session("cli", redirect_uri="http://127.0.0.1:8765/cb")
    return oauth.authorization_url("https://auth.example.com/authorize")[0]
