"""A module with a syntax error on purpose: the scan reports it and goes on."""

from mcp.server.fastmcp import FastMCP
from requests_oauthlib import OAuth2Session


def legacy_login(code):
    oauth = OAuth2Session("legacy")
    token = oauth.fetch_token("https://auth.crm.example.com/oauth/token", code=code)
    return token


def unfinished(:
    pass
