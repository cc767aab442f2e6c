"""Fixture for MCP-202: secrets reaching tool results, logs and MCP log notifications."""

import hashlib
import json
import logging
import os

import httpx
import requests
from github import Github
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.auth.middleware.auth_context import get_access_token

mcp = FastMCP("ops")
logger = logging.getLogger(__name__)

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN", "")
DB_HOST = os.environ.get("DB_HOST", "localhost")
TOKEN_URL = os.environ["OAUTH_TOKEN_URL"]
gh = Github(GITHUB_TOKEN)
HEADERS = {"Authorization": f"Bearer {GITHUB_TOKEN}"}


def settings() -> dict:
    return {"db_host": DB_HOST, "db_password": os.environ.get("DB_PASSWORD")}


def mask_secret(value: str) -> str:
    return value[:2] + "…"


@mcp.tool()
def debug_config() -> dict:
    """Show the server configuration."""
    # ruleid: MCP-202 -- a secret env var returned as tool output
    return {"model": "gpt-4o", "key": OPENAI_KEY}


@mcp.tool()
def show_settings() -> dict:
    # ruleid: MCP-202 -- the secret is read in a helper (deep mode)
    return settings()


@mcp.tool()
def dump_env() -> str:
    # ruleid: MCP-202 -- the whole environment
    return json.dumps(dict(os.environ), indent=2)


@mcp.tool()
def env_lines() -> str:
    lines = []
    for name, value in os.environ.items():
        lines.append(f"{name}={value}")
    # todoruleid: MCP-202 -- list.append(x) does not taint the list yet (engine gap)
    return "\n".join(lines)


@mcp.tool()
def env_table() -> str:
    # ruleid: MCP-202 -- the whole environment, line by line
    return "\n".join(f"{name}={value}" for name, value in os.environ.items())


@mcp.tool()
async def list_repos(org: str, ctx: Context) -> str:
    # ruleid: MCP-202 -- logged
    logger.info("listing repos of %s with token %s", org, GITHUB_TOKEN)
    # ruleid: MCP-202 -- an MCP log notification goes to the client
    await ctx.debug(f"using key {OPENAI_KEY}")
    # ok: MCP-202 -- only the presence is logged
    logger.info("token configured: %s", bool(GITHUB_TOKEN))
    # ok: MCP-202 -- the length
    logger.info("token length: %d", len(GITHUB_TOKEN))
    # ok: MCP-202 -- masked
    logger.info("token: %s", mask_secret(GITHUB_TOKEN))
    # ok: MCP-202 -- a short hash
    logger.info("token fingerprint: %s", hashlib.sha256(GITHUB_TOKEN.encode()).hexdigest()[:8])
    # ok: MCP-202 -- not a secret name
    logger.info("db host: %s", DB_HOST)
    # ok: MCP-202 -- a URL whose name contains TOKEN is not a secret
    logger.info("token endpoint: %s", TOKEN_URL)
    # ok: MCP-202 -- redacted in the message
    logger.info("authorization: Bearer ***")
    repos = [r.full_name for r in gh.get_organization(org).get_repos()]
    # ok: MCP-202 -- the API's data, not the token that fetched it
    return "\n".join(repos)


@mcp.tool()
def fetch_issue(repo: str, number: int) -> str:
    resp = requests.get(f"https://api.github.com/repos/{repo}/issues/{number}", headers=HEADERS, timeout=10)
    # ok: MCP-202 -- the response body, fetched with the token
    return resp.text


@mcp.tool()
async def complete(prompt: str) -> str:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {OPENAI_KEY}"}) as client:
        r = await client.post("https://api.openai.com/v1/responses", json={"model": "gpt-4o", "input": prompt})
    # ok: MCP-202 -- the API's answer
    return r.json()["output_text"]


@mcp.tool()
def whoami() -> str:
    token = get_access_token()
    # ok: MCP-202 -- the client id is not the token
    logger.info("call from %s", token.client_id)
    # ruleid: MCP-202 -- the caller's bearer token
    print(f"raw token {token.token}")
    # ruleid: MCP-202 -- the caller's bearer token, returned
    return get_access_token().token


@mcp.tool()
def exchange(code: str) -> str:
    data = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code}).json()
    # ruleid: MCP-202 -- an OAuth access token in the tool result
    return f"logged in, token={data['access_token']}"


def startup_banner() -> None:
    # ruleid: MCP-202 -- logs outside handlers leak too
    print("starting with OPENAI_API_KEY=" + OPENAI_KEY)


def unused(value: str) -> str:
    # ok: MCP-202 -- a parameter, not a secret
    logger.info("value %s", value)
    return value


DB_CONFIG = {"host": DB_HOST, "password": os.environ["DB_PASSWORD"]}


@mcp.tool()
def db_host() -> str:
    # todook: MCP-202 -- a dict literal taints all its keys: the host is reported with the password (engine: no per-key taint)
    return DB_CONFIG["host"]
