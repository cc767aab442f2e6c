"""Fixture for MCP-062: a SQLite / Postgres MCP server with query tools."""

import sqlite3

import asyncpg
import duckdb
import pandas as pd
from mcp.server.fastmcp import FastMCP
from psycopg import sql
from sqlalchemy import create_engine, text

mcp = FastMCP("warehouse")
conn = sqlite3.connect("warehouse.db")
engine = create_engine("postgresql://localhost/warehouse")
ALLOWED_TABLES = {"orders", "customers"}
TABLE = "orders"
COLUMNS = ["id", "customer", "total"]


@mcp.tool()
def find_orders(customer: str, status: str, limit: int = 10) -> list:
    """Find orders of a customer."""
    cur = conn.cursor()
    # ruleid: MCP-062
    cur.execute(f"SELECT * FROM orders WHERE customer = '{customer}'")
    # ruleid: MCP-062
    cur.execute("SELECT * FROM orders WHERE status = '%s'" % status)
    # ruleid: MCP-062
    cur.execute("SELECT * FROM orders WHERE status = '{}'".format(status))
    # ruleid: MCP-062
    cur.execute("SELECT * FROM orders WHERE customer = '" + customer + "'")
    query = f"DELETE FROM orders WHERE customer = '{customer}'"
    # ruleid: MCP-062
    cur.execute(query)
    # ok: MCP-062 -- parameterised
    cur.execute("SELECT * FROM orders WHERE customer = ?", (customer,))
    # ok: MCP-062 -- constant interpolated
    cur.execute(f"SELECT * FROM {TABLE} WHERE customer = ?", (customer,))
    # ok: MCP-062 -- a constant concatenation
    cur.execute("SELECT * FROM " + TABLE + " WHERE status = ?", (status,))
    # ok: MCP-062 -- cast to int
    cur.execute(f"SELECT * FROM orders LIMIT {int(limit)}")
    # todook: MCP-062 -- the parameter is declared int; parameter types are not read yet
    cur.execute(f"SELECT * FROM orders LIMIT {limit}")
    # ok: MCP-062 -- % with a parameter tuple is the DB-API placeholder style
    cur.execute("SELECT * FROM orders WHERE status = %s", (status,))
    # ok: MCP-062 -- the LIKE wildcard is in a constant
    cur.execute("SELECT * FROM orders WHERE customer LIKE '%smith%'")
    return cur.fetchall()


@mcp.tool()
def describe_table(table: str) -> list:
    """Describe a table."""
    # ruleid: MCP-062
    rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
    cols = ", ".join(COLUMNS)
    # todook: MCP-062 -- the interpolated local is built from constants only
    conn.execute(f"SELECT {cols} FROM orders")
    return rows


from .settings import BUSY_TIMEOUT_MS


def configure() -> None:
    # ok: MCP-062 -- an imported ALL_CAPS constant
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


@mcp.tool()
def count_rows(table: str) -> int:
    """Count rows of an allowed table."""
    if table not in ALLOWED_TABLES:
        raise ValueError("unknown table")
    # ok: MCP-062 -- checked against a constant allow-list first
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@mcp.tool()
async def recent(pool: asyncpg.Pool, region: str) -> list:
    """Recent orders by region (asyncpg)."""
    # ruleid: MCP-062
    rows = await pool.fetch(f"SELECT id FROM orders WHERE region = '{region}' ORDER BY id DESC")
    # ok: MCP-062
    rows2 = await pool.fetch("SELECT id FROM orders WHERE region = $1", region)
    return rows + rows2


@mcp.tool()
def report(region: str, column: str) -> str:
    """Build a report."""
    with engine.connect() as c:
        # ruleid: MCP-062
        c.execute(text(f"SELECT * FROM sales WHERE region = '{region}'"))
        # ok: MCP-062
        c.execute(text("SELECT * FROM sales WHERE region = :region"), {"region": region})
    # ruleid: MCP-062
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine)
    # ruleid: MCP-062
    duckdb.sql(f"SELECT * FROM 'sales.parquet' WHERE region = '{region}'")
    # ruleid: MCP-062
    composed = sql.SQL(f"SELECT {column} FROM sales")
    # ok: MCP-062 -- psycopg composition with Identifier
    safe = sql.SQL("SELECT {} FROM sales").format(sql.Identifier(column))
    return str((df, composed, safe))


@mcp.tool()
def log_search(term: str) -> str:
    """Not SQL: a log message and a shell-like text."""
    # ok: MCP-062 -- not a SQL API
    print(f"searching for {term}")
    # ok: MCP-062 -- a logging call whose text reads like SQL
    logger.info(f"SELECT for {term} took 3 ms")
    # ok: MCP-062 -- run() of a non-SQL text
    runner.execute(f"grep -r {term} /var/log")
    return term
