"""Fixture for MCP-050: an HTTP MCP server that keeps its own API users."""

import hashlib
import hmac
import secrets
from hashlib import sha1

import bcrypt
from mcp.server.fastmcp import FastMCP
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt

mcp = FastMCP("accounts")
ROUNDS = 12
LOW_ROUNDS = 6


def register_user(db, name: str, password: str) -> None:
    # ruleid: MCP-050
    digest = hashlib.md5(password.encode()).hexdigest()
    # ruleid: MCP-050
    legacy = sha1(password.encode("utf-8")).hexdigest()
    # ruleid: MCP-050
    other = hashlib.new("md5", user.password.encode()).hexdigest()
    db.execute("INSERT INTO users VALUES (?, ?, ?, ?)", (name, digest, legacy, other))


def store_client(db, client_id: str, client_secret: str) -> None:
    h = hashlib.sha1()
    # ruleid: MCP-050
    h.update(client_secret.encode())
    db.execute("INSERT INTO clients VALUES (?, ?)", (client_id, h.hexdigest()))


def salts(pw: bytes) -> list:
    # ruleid: MCP-050
    weak = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=4))
    # ruleid: MCP-050
    weak2 = bcrypt.hashpw(pw, bcrypt.gensalt(LOW_ROUNDS))
    # ok: MCP-050
    strong = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=ROUNDS))
    # ok: MCP-050 -- default cost is 12
    default = bcrypt.hashpw(pw, bcrypt.gensalt())
    # ruleid: MCP-050
    p1 = passlib_bcrypt.using(rounds=5).hash(pw)
    # ok: MCP-050
    p2 = passlib_bcrypt.using(rounds=13).hash(pw)
    return [weak, weak2, strong, default, p1, p2]


# ruleid: MCP-050
legacy_ctx = CryptContext(schemes=["md5_crypt", "bcrypt"])
# ok: MCP-050
modern_ctx = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")
# ruleid: MCP-050
cheap_ctx = CryptContext(schemes=["bcrypt"], bcrypt__rounds=4)


@mcp.tool()
def file_checksum(path: str) -> str:
    """Return the MD5 checksum of a file."""
    with open(path, "rb") as fh:
        # ok: MCP-050 -- checksum of file data, not a password
        return hashlib.md5(fh.read()).hexdigest()


@mcp.tool()
def cache_key(query: str) -> str:
    """Compute a cache key."""
    # ok: MCP-050 -- cache key
    key = hashlib.sha1(query.encode()).hexdigest()
    # ok: MCP-050 -- explicitly not for security
    etag = hashlib.md5(password_policy_text.encode(), usedforsecurity=False).hexdigest()
    # ok: MCP-050 -- SHA-256 of a random token
    token_id = hashlib.sha256(secrets.token_bytes(32)).hexdigest()
    # ok: MCP-050 -- md5 of random bytes, no password involved
    nonce = hashlib.md5(secrets.token_bytes(16)).hexdigest()
    # ok: MCP-050 -- HMAC keyed with a secret is a MAC, not password storage
    mac = hmac.new(b"k", query.encode(), hashlib.sha1).hexdigest()
    return key + etag + token_id + nonce + mac


def compass_heading(bypass: str) -> str:
    # ok: MCP-050 -- names that merely contain "pass"
    return hashlib.md5(bypass.encode() + compass.encode()).hexdigest()
