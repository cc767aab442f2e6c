"""Fixture for MCP-062: string-built SQL outside MCP code."""

import sqlite3


def lookup(name: str):
    conn = sqlite3.connect("app.db")
    # ok: MCP-062 -- not an MCP-context file
    return conn.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()
