"""Fixture for MCP-541: a token file in code that is not MCP code."""

import json


class Store:
    async def set_tokens(self, tokens: dict) -> None:
        # ok: MCP-541 -- not an MCP-context file
        with open("tokens.json", "w") as f:
            json.dump(tokens, f)
