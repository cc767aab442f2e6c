"""Fixture for MCP-563: sqlite3.execute runs one statement only."""

import sqlite3

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("sqlite")
conn = sqlite3.connect("data.db")


@mcp.tool()
def read_query(query: str) -> list:
    """Run a SELECT query."""
    if not query.strip().upper().startswith("SELECT"):
        raise ValueError("Only SELECT queries are allowed for read_query")
    # ok: MCP-563 -- sqlite3 execute refuses a second statement
    rows = conn.execute(query).fetchall()
    return rows


@mcp.tool()
def read_script(script: str) -> None:
    """Run a script of SELECTs."""
    if not script.strip().upper().startswith("SELECT"):
        raise ValueError("Only SELECT")
    # ruleid: MCP-563
    conn.executescript(script)
