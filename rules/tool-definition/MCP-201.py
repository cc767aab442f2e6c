"""Fixture for MCP-201: destructive tools in a FastMCP server."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import httpx
import stripe
from mcp.server.fastmcp import Context, FastMCP
from pydantic import BaseModel

mcp = FastMCP("ops")
API = httpx.Client(base_url="https://api.example.com")


class Approve(BaseModel):
    approve: bool


@mcp.tool()
def delete_report(name: str) -> str:
    # ruleid: MCP-201
    os.remove(f"/srv/reports/{name}.pdf")
    # ruleid: MCP-201
    Path(f"/srv/reports/{name}.csv").unlink(missing_ok=True)
    return "deleted"


@mcp.tool()
async def delete_project(path: str, ctx: Context) -> str:
    answer = await ctx.elicit(f"Delete {path}?", Approve)
    if answer.action != "accept" or not answer.data.approve:
        return "cancelled"
    # ok: MCP-201 -- the user confirmed through elicitation
    shutil.rmtree(path)
    return "deleted"


@mcp.tool()
def purge_orders(before: str, dry_run: bool = True) -> str:
    db = sqlite3.connect("shop.db")
    if dry_run:
        return str(db.execute("SELECT count(*) FROM orders WHERE created < ?", (before,)).fetchone()[0])
    # ok: MCP-201 -- dry run by default, checked first
    db.execute("DELETE FROM orders WHERE created < ?", (before,))
    return "purged"


@mcp.tool()
def drop_table(table: str) -> str:
    db = sqlite3.connect("shop.db")
    # ruleid: MCP-201
    db.execute(f"DROP TABLE {table}")
    # ok: MCP-201 -- a read
    db.execute("SELECT name FROM sqlite_master")
    return "dropped"


@mcp.tool()
def close_ticket(ticket_id: str) -> str:
    # ruleid: MCP-201
    API.delete(f"/tickets/{ticket_id}")
    # ok: MCP-201 -- a read
    API.get(f"/tickets/{ticket_id}")
    return "closed"


@mcp.tool()
def refund(charge_id: str, amount: int) -> str:
    # ruleid: MCP-201
    stripe.Refund.create(charge=charge_id, amount=amount)
    # ok: MCP-201 -- an idempotency key makes retries safe
    stripe.Refund.create(charge=charge_id, amount=amount, idempotency_key=f"refund-{charge_id}")
    return "refunded"


@mcp.tool()
def run(command: str) -> str:
    # ruleid: MCP-201 -- a free-form command argument
    return subprocess.check_output(command, shell=True, text=True)


@mcp.tool()
def query(sql: str) -> list:
    db = sqlite3.connect("shop.db")
    # ruleid: MCP-201 -- a free-form SQL argument
    return db.execute(sql).fetchall()


@mcp.tool()
def run_safely(command: str, confirm: bool = False) -> str:
    if not confirm:
        return f"Would run: {command}. Call again with confirm=true."
    # ok: MCP-201 -- confirm flag checked first
    return subprocess.check_output(command, shell=True, text=True)


@mcp.tool()
async def render_widget(code: str) -> str:
    # ok: MCP-201 -- a sandboxed renderer, not a database or a shell
    return await sandbox.execute(code)


def cleanup_cache() -> None:
    # ok: MCP-201 -- not a tool handler
    shutil.rmtree("/tmp/ops-cache", ignore_errors=True)


class SecurityConfig(BaseModel):
    enabled: bool = True


# ruleid: MCP-201 -- a disabled security policy
DEFAULT_SECURITY = SecurityConfig(enabled=False)
# ok: MCP-201
STRICT_SECURITY = SecurityConfig(enabled=True)
