"""OAuth client for the CRM's REST API, used by the MCP tools."""

import os

import httpx
from mcp.shared.auth import OAuthToken
from requests_oauthlib import OAuth2Session

CRM_API = "https://api.crm.example.com/v2"
TOKEN_URL = "https://auth.crm.example.com/oauth/token"
MCP_SERVER_URL = "https://crm-mcp.example.com/mcp"


class CRMClient:
    def __init__(self) -> None:
        self._token: OAuthToken | None = None

    def login(self, code: str, verifier: str) -> None:
        oauth = OAuth2Session(os.environ["CRM_CLIENT_ID"], redirect_uri="http://127.0.0.1:8765/callback")
        token = oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier)
        self._token = OAuthToken(**token)

    def login_bound(self, code: str, verifier: str) -> None:
        oauth = OAuth2Session(os.environ["CRM_CLIENT_ID"], redirect_uri="http://127.0.0.1:8765/callback")
        token = oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier, resource=MCP_SERVER_URL)
        self._token = OAuthToken(**token)

    def refresh(self, refresh_token: str) -> None:
        res = httpx.post(TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": refresh_token})
        res.raise_for_status()
        self._token = OAuthToken(**res.json())

    def refresh_reviewed(self, refresh_token: str) -> None:
        # The CRM's authorization server rejects unknown parameters; tracked in CRM-1042.
        res = httpx.post(TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": refresh_token})  # nosem: MCP-279
        self._token = OAuthToken(**res.json())

    async def get(self, path: str, params: dict | None = None) -> dict:
        headers = {"Authorization": f"Bearer {self._token.access_token}"} if self._token else {}
        async with httpx.AsyncClient(base_url=CRM_API, timeout=30) as http:
            res = await http.get(path, params=params, headers=headers)
            res.raise_for_status()
            return res.json()
