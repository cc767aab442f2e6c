"""Fixture for MCP-002: tool inputs reaching a shell."""

import asyncio
import os
import shlex
import subprocess
import subprocess as sp
from typing import Literal

from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("devtools")
ALLOWED_BRANCHES = {"main", "develop"}


def run_shell(command: str) -> str:
    # ruleid: MCP-002 -- reached from git_checkout through a helper (deep mode)
    return subprocess.check_output(command, shell=True, text=True)


def build_cmd(ref: str) -> str:
    return "git checkout " + ref


@mcp.tool()
def git_log(ref: str, limit: int = 10) -> str:
    """Show the log of a ref."""
    cmd = f"git log -n {limit} {ref}"
    # ruleid: MCP-002
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def git_checkout(ref: str) -> str:
    return run_shell(build_cmd(ref))


@mcp.tool()
def disk_usage(path: str) -> str:
    # ruleid: MCP-002
    os.system("du -sh " + path)
    # ruleid: MCP-002
    with os.popen("ls -la %s" % path) as fh:
        listing = fh.read()
    # ruleid: MCP-002
    sp.Popen(["bash", "-c", "wc -l " + path])
    return listing


@mcp.tool()
async def grep(pattern: str, ctx: Context) -> str:
    opts = {"pattern": pattern}
    line = "grep -rn '{}' .".format(opts["pattern"])
    # ruleid: MCP-002
    proc = await asyncio.create_subprocess_shell(line, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool()
def safe_log(ref: str, limit: int = 10) -> str:
    # ok: MCP-002 -- argv list, no shell (MCP-276 looks at flag injection)
    out = subprocess.run(["git", "log", "-n", str(limit), "--end-of-options", ref], capture_output=True, text=True).stdout
    # ok: MCP-002 -- quoted
    subprocess.run(f"git log {shlex.quote(ref)}", shell=True)
    # ok: MCP-002 -- a number cannot carry a payload
    subprocess.run(f"git log -n {limit}", shell=True)
    # ok: MCP-002 -- constant command
    subprocess.run("git status", shell=True)
    return out


@mcp.tool()
def checkout_branch(branch: str, mode: Literal["fast", "full"]) -> str:
    if branch not in ALLOWED_BRANCHES:
        raise ValueError("unknown branch")
    # ok: MCP-002 -- allow-listed before use
    subprocess.run("git checkout " + branch, shell=True)
    # ok: MCP-002 -- a Literal parameter is an enumeration
    subprocess.run("make " + mode, shell=True)
    return "ok"


@mcp.tool()
async def summarize_and_run(topic: str, ctx: Context) -> str:
    reply = await ctx.session.create_message(messages=[topic], max_tokens=50)
    # ruleid: MCP-002 -- model output is attacker-influenced too
    subprocess.run(reply.content.text, shell=True)
    return "done"


def unused_helper(cmd: str) -> None:
    # ok: MCP-002 -- no tool input ever reaches this function
    subprocess.run(cmd, shell=True)


def startup() -> None:
    user = os.environ.get("USER", "nobody")
    # ok: MCP-002 -- not client-controlled
    subprocess.run("id " + user, shell=True)


@mcp.tool()
def reviewed(path: str) -> str:
    # ok: MCP-002
    # nosem: MCP-002 -- path is validated by the upstream gateway
    return subprocess.check_output("stat " + path, shell=True, text=True)
