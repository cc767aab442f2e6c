"""Fixture for MCP-030: credentials in an MCP server's source."""

import os

import httpx
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import StaticTokenVerifier
from fastmcp.server.auth import OAuthProxy

# ruleid: MCP-030
OPENAI_API_KEY = "sk-proj-Tq7mW2xLp9Rz4Kb8Nc3Vd6Hf1Gj5Sa0YeUiOoPl"
# ruleid: MCP-030
AWS_ACCESS_KEY_ID = "AKIAZ7QK3PXMBV4N2R6T"
# ok: MCP-030 -- the documented AWS example key
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
# ok: MCP-030 -- read from the environment
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "")
# ok: MCP-030 -- the name of an environment variable
TOKEN_ENV = "GITHUB_TOKEN"
# ok: MCP-030 -- a placeholder
api_key = "your-api-key-here"
# ok: MCP-030 -- a header name
API_KEY_HEADER = "X-API-Key"
# ok: MCP-030 -- a pagination cursor name
next_token = "eyJvZmZzZXQiOjEwMH0"
# ok: MCP-030 -- a URL
token_url = "https://github.com/login/oauth/access_token"

SECRET_PATTERNS = {
    # ok: MCP-030 -- a detection regex, not a secret
    "aws_secret_key": r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])",
    # ok: MCP-030 -- a detection regex, not a secret
    "password": r"(?i)password\s*[=:]\s*[^\s]+",
}
# ok: MCP-030 -- a demo value in an example server
DEMO_CLIENT_SECRET = "demo-m2m-secret"

verifier = StaticTokenVerifier(
    tokens={
        # ruleid: MCP-030
        "dev-4b1c9e7f2a": {"client_id": "dev", "scopes": ["read"]},
    }
)

auth = OAuthProxy(
    upstream_authorization_endpoint="https://github.com/login/oauth/authorize",
    upstream_token_endpoint="https://github.com/login/oauth/access_token",
    upstream_client_id="Iv1.8a61f9b3a7aba766",
    # ruleid: MCP-030
    upstream_client_secret="5f2b7c1e9d8a4b3c6e0f1a2b3c4d5e6f7a8b9c0d",
    # ruleid: MCP-030
    jwt_signing_key="k3y-f0r-s1gn1ng-t0k3ns!",
    base_url="https://mcp.example.com",
)
mcp = FastMCP("github", auth=auth)

# ruleid: MCP-030
SERVICE_ACCOUNT_KEY = """
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA1x8Gz3kz0Qk3m5b0Nn7s8T7h2Yt4Kx9w3Zr1Vq6Lp2Mb4Nc5
-----END RSA PRIVATE KEY-----
"""

# ok: MCP-030 -- a PEM placeholder in documentation
PEM_FORMAT = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"


@mcp.tool()
async def call_api(path: str) -> str:
    """Call the upstream API."""
    # ruleid: MCP-030
    headers = {"Authorization": "Bearer ghp_R8sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2o"}
    # ok: MCP-030 -- the token is interpolated at run time
    headers2 = {"Authorization": f"Bearer {GITHUB_TOKEN}"}
    async with httpx.AsyncClient() as client:
        # todoruleid: MCP-030 -- a password passed positionally in a tuple carries no name
        r = await client.get(path, headers=headers, auth=("admin", "S3cr3t!Pass"))
        # ok: MCP-030 -- a password read at run time
        r2 = await client.get(path, headers=headers2, params={"password": os.getenv("PW")})
        return r.text + r2.text


def connect(db):
    # ruleid: MCP-030
    db.connect(user="app", password="hunter2-prod-7731")
    # ok: MCP-030 -- a plain word, not a credential value
    db.configure(auth_method="password", password_field="password")
