from enum import Enum
from typing import Annotated, Literal

from pydantic import Field
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ops")


class Target(str, Enum):
    BUILD = "build"
    TEST = "test"


@mcp.tool()
# ruleid: MCP-206
def run(command: str, target: Target) -> str:
    """Runs a command."""
    return command


@mcp.tool()
def query_db(
    # ruleid: MCP-206
    sql: Annotated[str, Field(description="The SQL to run")],
    # ok: MCP-206 -- bounded length
    note: Annotated[str, Field(max_length=100)] = "",
) -> str:
    """Queries the database."""
    return sql


@mcp.tool()
# ok: MCP-206 -- an enumeration of values
def read(path: Literal["README.md", "CHANGELOG.md"]) -> str:
    """Reads a known file."""
    return path


@mcp.tool()
def fetch_page(
    # ok: MCP-206 -- a pattern bounds it
    url: Annotated[str, Field(pattern=r"^https://docs\.example\.com/")],
) -> str:
    """Fetches a docs page."""
    return url
