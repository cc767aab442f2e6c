"""Fixture for MCP-541: token storage of MCP clients (official SDK)."""

import json
import os
import tempfile
from pathlib import Path

import keyring
from mcp.client.auth import OAuthClientProvider, TokenStorage
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

TOKEN_DIR = Path.home() / ".config" / "notes-mcp"
# ruleid: MCP-541
SHARED_TOKEN_FILE = Path(tempfile.gettempdir()) / "notes-mcp-tokens.json"


class FileTokenStorage(TokenStorage):
    async def get_tokens(self) -> OAuthToken | None:
        return None

    async def set_tokens(self, tokens: OAuthToken) -> None:
        # ruleid: MCP-541
        with open(TOKEN_DIR / "tokens.json", "w") as f:
            json.dump(tokens.model_dump(), f)

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return None

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        # ruleid: MCP-541 -- the client secret lands in a world-readable file
        (TOKEN_DIR / "client.json").write_text(client_info.model_dump_json())


class PrivateFileTokenStorage(TokenStorage):
    async def set_tokens(self, tokens: OAuthToken) -> None:
        fd = os.open(TOKEN_DIR / "tokens.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # ok: MCP-541 -- created with mode 0600
        with open(fd, "w") as f:
            f.write(tokens.model_dump_json())

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        # ok: MCP-541 -- OS keychain
        keyring.set_password("notes-mcp", "client", client_info.model_dump_json())


class MemoryTokenStorage(TokenStorage):
    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None

    # ok: MCP-541 -- memory only
    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens


def export_report(rows: list) -> None:
    # ok: MCP-541 -- not a token store
    with open("report.csv", "w") as f:
        f.write("\n".join(rows))


def scratch_dir() -> str:
    # ok: MCP-541 -- temp files that are not tokens
    return os.path.join(tempfile.gettempdir(), "render-cache")
