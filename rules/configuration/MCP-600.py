"""Fixture for MCP-600: an MCP host launching stdio servers."""

import os

from agents.mcp import MCPServerStdio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import get_default_environment, stdio_client

NOTES = "@acme/notes-mcp"
FULL_ENV = dict(os.environ)

# ruleid: MCP-600
p1 = StdioServerParameters(command="npx", args=["-y", NOTES], env=os.environ)
# ruleid: MCP-600
p2 = StdioServerParameters(command="npx", args=["-y", NOTES], env={**os.environ, "NOTES_DIR": "/srv/notes"})
# ruleid: MCP-600 -- bound at module level
p3 = StdioServerParameters(command="npx", args=["-y", NOTES], env=FULL_ENV)
# ruleid: MCP-600
p4 = StdioServerParameters(command="uvx", args=["notes-mcp"], env=os.environ.copy())
# ok: MCP-600 -- the SDK default (HOME, PATH, …) plus one named key
p5 = StdioServerParameters(command="npx", args=["-y", NOTES], env={**get_default_environment(), "NOTES_TOKEN": os.environ["NOTES_TOKEN"]})
# ok: MCP-600 -- omitted: the SDK uses get_default_environment()
p6 = StdioServerParameters(command="npx", args=["-y", NOTES])
# ok: MCP-600 -- explicit keys
p7 = StdioServerParameters(command="npx", args=["-y", NOTES], env={"PATH": os.environ["PATH"], "NOTES_TOKEN": os.environ.get("NOTES_TOKEN", "")})
p8 = StdioServerParameters(
    command="npx",
    # ruleid: MCP-600 -- the token is visible in ps
    args=["-y", NOTES, "--api-key", os.environ["NOTES_TOKEN"]],
    env=get_default_environment(),
)
p9 = StdioServerParameters(
    command="npx",
    # ok: MCP-600 -- no secret on argv
    args=["-y", NOTES, "--read-only", "--root", "/srv/notes"],
    # ok: MCP-600
    env={**get_default_environment(), "NOTES_TOKEN": os.environ["NOTES_TOKEN"]},
)

agent_server = MCPServerStdio(
    params={
        "command": "npx",
        "args": ["-y", NOTES],
        # ruleid: MCP-600
        "env": dict(os.environ),
    }
)


def run_tool_subprocess() -> None:
    import subprocess

    # ok: MCP-600 -- not an MCP server launch
    subprocess.run(["make", "docs"], env=os.environ, check=True)
    # ok: MCP-600 -- a build config dictionary, not a server launch
    config = {"env": os.environ, "targets": ["docs"]}
    print(config)


async def run(params: StdioServerParameters) -> None:
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
