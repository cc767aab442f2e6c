"""Fixture for MCP-280: a CLI wizard with an elicit() helper, not MCP code."""

from wizard import prompt_user


class Wizard:
    def elicit(self, message: str, kind: type) -> str:
        return prompt_user(message, kind)


def login(w: Wizard) -> str:
    # ok: MCP-280 -- not an MCP-context file
    return w.elicit("Enter your password", str)
