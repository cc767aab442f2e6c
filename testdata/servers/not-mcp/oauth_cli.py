"""A command-line OAuth client that is not MCP code: no MCP rule applies."""

from requests_oauthlib import OAuth2Session


def login(code: str) -> dict:
    oauth = OAuth2Session("cli", redirect_uri="http://127.0.0.1:8765/callback")
    return oauth.fetch_token("https://auth.example.com/oauth/token", code=code)
