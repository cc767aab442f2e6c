"""Fixture for MCP-268: a local job runner, not MCP code."""
from jobs import Runner

runner = Runner()


@runner.tool
def task() -> None:
    pass


# ok: MCP-268 -- not an MCP-context file
runner.run(transport="http")
