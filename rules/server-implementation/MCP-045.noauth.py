"""MCP-045 applies only to servers that authenticate callers: a local stdio server has one user."""

import sqlite3

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")
db = sqlite3.connect("notes.db")


@mcp.tool()
def read_note(note_id: int) -> str:
    # ok: MCP-045 -- no authentication configured: single-user server
    return db.execute("SELECT body FROM notes WHERE id = ?", (note_id,)).fetchone()[0]
