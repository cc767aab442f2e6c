"""Fixture for MCP-214: a CLI with its own @app.prompt decorator, not MCP code."""

import click


@click.command()
@click.option("--name", prompt="Your name")
def hello(name: str) -> None:
    # ok: MCP-214 -- not an MCP-context file
    click.echo(f"Hello {name}")
