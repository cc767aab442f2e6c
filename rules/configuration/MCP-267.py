"""Fixture for MCP-267: custom session handling next to an official SDK server."""
import itertools
import random
import secrets
import time
import uuid

from mcp.server.fastmcp import FastMCP
from starlette.responses import JSONResponse

mcp = FastMCP("orders")
_ids = itertools.count(1)


def start_session(response: JSONResponse) -> str:
    # ruleid: MCP-267
    session_id = uuid.uuid1().hex
    # ruleid: MCP-267
    sid = f"{time.time():.0f}-{random.randint(0, 9999)}"
    # ruleid: MCP-267
    response.headers["mcp-session-id"] = str(next(_ids))
    # ok: MCP-267 -- secure
    session_id = secrets.token_urlsafe(32)
    # ok: MCP-267 -- secure
    sid = uuid.uuid4().hex
    # ok: MCP-267 -- a timestamp for logs, not a session ID
    started = time.time()
    return session_id + sid + str(started)


# ruleid: MCP-267
def make_session_id() -> str:
    return f"{int(time.time())}-{random.random()}"


# ok: MCP-267 -- secure
def new_session_token() -> str:
    return secrets.token_hex(16)


def open_session(store) -> None:
    # ruleid: MCP-267
    store.create(session_id=str(random.getrandbits(32)))
    # ok: MCP-267 -- secure
    store.create(session_id=secrets.token_hex(16))
