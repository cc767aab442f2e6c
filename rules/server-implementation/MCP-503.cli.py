"""Fixture for MCP-503: a command-line tool of an MCP package that only
mentions server.run() in its help text; it is not a stdio server."""
import typer

from mcp.server.fastmcp import FastMCP

app = typer.Typer(help="Runs a module directly, expecting a server.run() call.")


@app.command()
def version() -> None:
    # ok: MCP-503 -- not a stdio server
    print("mcp 1.0")
