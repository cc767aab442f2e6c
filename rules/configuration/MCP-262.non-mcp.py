"""Fixture for MCP-262: OAuth code in a program that is not MCP code."""

from requests_oauthlib import OAuth2Session


def login(oauth: OAuth2Session) -> str:
    # ok: MCP-262 -- not an MCP-context file
    return oauth.authorization_url("https://auth.example.com/authorize", state="xyz")[0]
