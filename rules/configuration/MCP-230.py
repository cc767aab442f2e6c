"""Fixture for MCP-230: token verifiers of an MCP server that decode JWTs."""

import time

import jwt
from jose import jwt as jose_jwt
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.fastmcp import FastMCP

RESOURCE = "https://crm-mcp.example.com/mcp"
PUBLIC_KEY = open("/etc/crm-mcp/issuer.pem").read()
NO_VERIFY = {"verify_signature": False, "verify_exp": True}
jwks = jwt.PyJWKClient("https://auth.example.com/.well-known/jwks.json")


class UnsafeVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ruleid: MCP-230
        claims = jwt.decode(token, options={"verify_signature": False})
        return AccessToken(token=token, client_id=claims["client_id"], scopes=claims["scope"].split())


class ConstantOptionsVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        # ruleid: MCP-230 -- the options dict is bound to a module constant
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options=NO_VERIFY)
        return AccessToken(token=token, client_id=claims["azp"], scopes=[])


def legacy_verify(token: str) -> dict:
    # ruleid: MCP-230 -- PyJWT 1.x
    payload = jwt.decode(token, verify=False)
    return {"sub": payload["sub"], "scopes": payload["scope"]}


def allow_none(token: str) -> dict:
    # ruleid: MCP-230
    payload = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"], audience=RESOURCE)
    return {"user_id": payload["sub"]}


def jose_without_algorithms(token: str) -> AccessToken:
    # ruleid: MCP-230
    claims = jose_jwt.decode(token, PUBLIC_KEY, audience=RESOURCE)
    return AccessToken(token=token, client_id=claims["client_id"], scopes=[])


def jose_unverified(token: str) -> AccessToken:
    # ruleid: MCP-230
    claims = jose_jwt.get_unverified_claims(token)
    return AccessToken(token=token, client_id=claims["client_id"], scopes=claims["scope"].split())


class SafeVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        key = jwks.get_signing_key_from_jwt(token).key
        # ok: MCP-230
        claims = jwt.decode(token, key, algorithms=["RS256"], audience=RESOURCE)
        return AccessToken(token=token, client_id=claims["client_id"], scopes=claims["scope"].split())


def pick_issuer_key(token: str, keys: dict) -> dict:
    # ok: MCP-230 -- unverified read of iss only to choose the key; verified decode follows
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = keys[unverified["iss"]]
    return jwt.decode(token, key, algorithms=["RS256"], audience=RESOURCE)


def jose_with_algorithms(token: str) -> dict:
    # ok: MCP-230
    a = jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=RESOURCE)
    # ok: MCP-230 -- positional algorithm list
    b = jose_jwt.decode(token, PUBLIC_KEY, ["RS256"], audience=RESOURCE)
    return {"sub": a["sub"], "other": b["sub"]}


def verified_explicitly(token: str) -> dict:
    # ok: MCP-230
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=RESOURCE, options={"verify_signature": True})


def access_token_expires_soon(access_token: str) -> bool:
    """Client side: is the token we hold about to expire?"""
    # ok: MCP-230 -- only the expiry of our own token is read
    claims = jwt.decode(access_token, options={"verify_signature": False})
    return claims["exp"] < time.time() + 60


def not_a_jwt(blob: bytes, scopes: list) -> str:
    # ok: MCP-230 -- bytes.decode, not a JWT library
    return blob.decode("utf-8")


mcp = FastMCP("crm", token_verifier=SafeVerifier())
