"""Fixture for MCP-200: tool annotations in a FastMCP server."""

import os
import shutil
import sqlite3
import tempfile

import httpx
from mcp.server.fastmcp import FastMCP
from mcp.types import Tool, ToolAnnotations

mcp = FastMCP("files")
DESTRUCTIVE = ToolAnnotations(destructiveHint=True)


@mcp.tool()
# ruleid: MCP-200
def delete_file(path: str) -> str:
    os.remove(path)
    return "deleted"


@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
# ok: MCP-200 -- declared destructive
def remove_directory(path: str) -> str:
    shutil.rmtree(path)
    return "removed"


@mcp.tool(annotations=DESTRUCTIVE)
# ok: MCP-200 -- declared through a module constant
def purge_cache(prefix: str) -> str:
    return f"purged {prefix}"


@mcp.tool(annotations={"destructiveHint": False})
# ruleid: MCP-200 -- explicitly non-destructive
def drop_table(table: str) -> str:
    return table


# ruleid: MCP-200
@mcp.tool(name="wipe_workspace", annotations=ToolAnnotations(readOnlyHint=True))
def reset(path: str) -> str:
    return path


# ok: MCP-200 -- not a destructive name
@mcp.tool()
def list_files(path: str) -> list[str]:
    return os.listdir(path)


# ok: MCP-200 -- "delete" is not the action here
@mcp.tool()
def explain_deletes(path: str) -> str:
    return path


# ruleid: MCP-200 -- claims to be read-only, deletes rows
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def archive_orders(before: str) -> str:
    with sqlite3.connect("shop.db") as db:
        db.execute("DELETE FROM orders WHERE created < ?", (before,))
    return "archived"


# ok: MCP-200 -- read-only and really reads
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def count_orders() -> int:
    with sqlite3.connect("shop.db") as db:
        return db.execute("SELECT count(*) FROM orders").fetchone()[0]


# ok: MCP-200 -- writes only to a temporary directory
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def render_preview(markdown: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "preview.md"), "w") as f:
            f.write(markdown)
        return render(tmp)


# ruleid: MCP-200 -- a closed world that fetches URLs
@mcp.tool(annotations=ToolAnnotations(openWorldHint=False))
def fetch_page(url: str) -> str:
    return httpx.get(url).text


LOW_LEVEL_TOOLS = [
    # ruleid: MCP-200
    Tool(name="kill_process", description="Kill a process", inputSchema={"type": "object"}),
    # ok: MCP-200
    Tool(name="kill_process_dry_run", description="Show what would be killed", inputSchema={"type": "object"}, annotations=ToolAnnotations(destructiveHint=True)),
]


def transfer_funds(account: str, amount: float) -> str:
    return f"{amount} to {account}"


# ruleid: MCP-200
mcp.add_tool(transfer_funds)
# ok: MCP-200
mcp.add_tool(transfer_funds, name="transfer_funds_v2", annotations=ToolAnnotations(destructiveHint=True))
