"""Fixture for MCP-583: a web app with its own elicit_url helper, not MCP code."""

from wizard import Wizard

wizard = Wizard()


def invite(email: str) -> None:
    # ok: MCP-583 -- not an MCP-context file
    wizard.elicit_url("Join us", f"https://app.example.com/join?email={email}", "inv-1")
