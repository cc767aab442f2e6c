"""Fixture for MCP-265: a provider that builds its JWTVerifier without an
audience and binds the audience once the resource URL is known."""

from fastmcp.server.auth.providers.jwt import JWTVerifier


class Provider:
    def __init__(self, domain: str) -> None:
        # ok: MCP-265 -- the audience is assigned below, once known
        self.verifier = JWTVerifier(jwks_uri=f"{domain}/oauth2/jwks", issuer=domain)

    def set_resource(self, url: str) -> None:
        self.verifier.audience = url
