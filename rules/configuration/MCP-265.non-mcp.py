"""Fixture for MCP-265: an API gateway that is not MCP code."""

import requests


def forward(request) -> str:
    # ok: MCP-265 -- not an MCP-context file
    return requests.get("https://api.example.com/x", headers={"Authorization": request.headers["authorization"]}).text
