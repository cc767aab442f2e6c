"""Fixture for MCP-582: stack traces in tool results of a FastMCP server."""

import logging
import sys
import traceback
import uuid
from traceback import format_exception

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.types import CallToolResult, TextContent

log = logging.getLogger("reports")
mcp = FastMCP("reports")


@mcp.tool()
def build_report(month: str) -> str:
    """Build the monthly report."""
    try:
        return render(month)
    except ValueError:
        # ruleid: MCP-582
        return "failed:\n" + traceback.format_exc()
    except KeyError as e:
        # ruleid: MCP-582
        raise ToolError("".join(format_exception(e)))
    except Exception:
        error_id = uuid.uuid4().hex[:8]
        # ok: MCP-582 -- logged, not returned
        log.exception("report %s failed: %s", error_id, traceback.format_exc())
        # ok: MCP-582 -- stderr only
        print(traceback.format_exc(), file=sys.stderr)
        return f"Report failed (error {error_id})."


@mcp.tool()
def export_csv(month: str) -> CallToolResult:
    try:
        return CallToolResult(content=[TextContent(type="text", text=export(month))])
    except Exception:
        # ruleid: MCP-582
        return CallToolResult(content=[TextContent(type="text", text=traceback.format_exc())], isError=True)


def background_job() -> None:
    try:
        run_nightly()
    except Exception:
        # ok: MCP-582 -- not a tool handler
        notify_admins(text=traceback.format_exc())


@mcp.tool()
def import_rows(path: str) -> str:
    try:
        return load(path)
    except Exception:
        tb = traceback.format_exc()
        log.debug(tb)
        # todoruleid: MCP-582 -- the trace is stored in a variable first
        return f"import failed: {tb}"
