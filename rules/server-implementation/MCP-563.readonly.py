"""Fixture for MCP-563: the same guard, but the connection itself is read-only."""

import sqlite3

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("sqlite")
conn = sqlite3.connect("file:data.db?mode=ro", uri=True)


@mcp.tool()
def query(sql: str) -> list:
    """Run a read-only SQL query."""
    if not sql.strip().lower().startswith("select"):
        raise ValueError("only SELECT is allowed")
    # ok: MCP-563 -- the database is opened read-only
    return conn.executescript(sql).fetchall()
