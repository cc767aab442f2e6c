"""Fixture for MCP-520: a stub verifier in code that is not MCP code."""


class AccessToken:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Verifier:
    # ok: MCP-520 -- not an MCP-context file
    async def verify_token(self, token: str) -> AccessToken:
        return AccessToken(token=token, client_id="x", scopes=[])
