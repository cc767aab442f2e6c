"""Fixture for MCP-200: a Typer CLI with a tool-like decorator, not MCP code."""

import os

import typer

app = typer.Typer()


@app.command()
# ok: MCP-200 -- not an MCP-context file
def delete_file(path: str) -> None:
    os.remove(path)
