"""Fixture for MCP-563: "read-only" query tools guarded by string checks."""

import re

import asyncpg
import psycopg
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("postgres")
conn = psycopg.connect("postgresql://app@db/prod")
FORBIDDEN = ("DROP", "DELETE", "INSERT", "UPDATE", "ALTER", "TRUNCATE")


def is_read_only(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "WITH", "EXPLAIN"))


@mcp.tool()
def query(sql: str) -> list:
    """Run a read-only SQL query."""
    if not is_read_only(sql):
        raise ValueError("only SELECT is allowed")
    with conn.cursor() as cur:
        # ruleid: MCP-563
        cur.execute(sql)
        return cur.fetchall()


@mcp.tool()
def safe_query(statement: str) -> list:
    """Run a query after a keyword check."""
    if any(word in statement.upper() for word in FORBIDDEN):
        raise ValueError("write statements are not allowed")
    cleaned = statement.strip().rstrip(";")
    with conn.cursor() as cur:
        # ruleid: MCP-563
        cur.execute(cleaned)
        # ok: MCP-563 -- a constant statement
        cur.execute("SELECT 1")
        # ok: MCP-563 -- a parameterised constant query; the value is 062's concern at most
        cur.execute("SELECT * FROM audit WHERE q = %s", (statement,))
        return cur.fetchall()


@mcp.tool()
async def pg_query(pool: asyncpg.Pool, sql: str) -> list:
    """Run a SELECT with asyncpg."""
    if not re.match(r"^\s*select\b", sql, re.IGNORECASE):
        raise ValueError("only SELECT")
    async with pool.acquire() as c:
        # ruleid: MCP-563
        return await c.fetch(sql)


def run_maintenance(sql: str) -> None:
    with conn.cursor() as cur:
        # ok: MCP-563 -- not an MCP handler: its SQL does not come from a tool
        cur.execute(sql)
