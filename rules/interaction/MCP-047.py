"""Fixture for MCP-047: an authenticated server whose tools use the server's own credentials."""

import os

import requests
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token
from github import Github
from msal import ConfidentialClientApplication

mcp = FastMCP("devtools", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="devtools"))

GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
JIRA_KEY = os.getenv("JIRA_API_KEY")
JIRA_URL = os.getenv("JIRA_URL", "https://jira.example.com")
gh = Github(GITHUB_TOKEN)
JIRA_HEADERS = {"Authorization": f"Bearer {JIRA_KEY}"}
msal_app = ConfidentialClientApplication("client-id", client_credential=os.environ["AZURE_CLIENT_SECRET"])
USER_TOKENS: dict[str, str] = {}


def jira_get(path: str) -> dict:
    return requests.get(f"{JIRA_URL}{path}", headers=JIRA_HEADERS, timeout=10).json()


@mcp.tool
def list_repos(org: str) -> list[str]:
    # ruleid: MCP-047 -- a client built at startup from the server's token
    org_obj = gh.get_organization(org)
    return [r.name for r in org_obj.get_repos()]


@mcp.tool
def get_ticket(key: str) -> dict:
    # ruleid: MCP-047 -- headers with the server's API key
    return requests.get(f"{JIRA_URL}/rest/api/2/issue/{key}", headers=JIRA_HEADERS, timeout=10).json()


@mcp.tool
def my_tickets() -> dict:
    # todoruleid: MCP-047 -- the downstream call is in a helper; sinks are only recognised inside tool handlers
    return jira_get("/rest/api/2/search?jql=assignee=currentUser()")


@mcp.tool
def list_files(drive_id: str) -> dict:
    user = get_access_token()
    obo = msal_app.acquire_token_on_behalf_of(user.token, scopes=["Files.Read"])
    # ok: MCP-047 -- an on-behalf-of token bound to the caller
    return requests.get(f"https://graph.microsoft.com/v1.0/drives/{drive_id}", headers={"Authorization": f"Bearer {obo['access_token']}"}).json()


@mcp.tool
def my_repos() -> list[str]:
    token = USER_TOKENS[get_access_token().client_id]
    # ok: MCP-047 -- a per-user credential
    return [r.name for r in Github(token).get_user().get_repos()]


@mcp.tool
def status(url: str) -> int:
    # ok: MCP-047 -- no credential
    return requests.get(url, timeout=5).status_code


def warm_cache() -> None:
    # ok: MCP-047 -- startup code, not a tool
    gh.get_rate_limit()
