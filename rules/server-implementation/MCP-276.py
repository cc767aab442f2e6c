"""Fixture for MCP-276: tool inputs as whole argv elements of git, rg, curl, kubectl… (no shell)."""

import asyncio
import re
import subprocess
from typing import Literal

import git
from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("devtools")
REPO = "/srv/repo"
BRANCHES = {"main", "develop"}
REF_RE = re.compile(r"[A-Za-z0-9._/-]+")


def run_git(*args: str) -> str:
    return subprocess.run(["git", "-C", REPO, *args], capture_output=True, text=True).stdout


def show(rev: str) -> str:
    # ruleid: MCP-276 -- reached from git_show through a helper (deep mode)
    return subprocess.run(["git", "show", rev], capture_output=True, text=True).stdout


class Repo:
    def __init__(self, path: str) -> None:
        self.repo = git.Repo(path)

    def diff(self, target: str) -> str:
        # ruleid: MCP-276 -- GitPython passes the value to git as its own argument
        return self.repo.git.diff(target)


@mcp.tool()
def git_checkout(branch: str) -> str:
    # ruleid: MCP-276
    return subprocess.check_output(["git", "checkout", branch], cwd=REPO, text=True)


@mcp.tool()
def git_show(rev: str) -> str:
    return show(rev)


@mcp.tool()
def git_diff(target: str) -> str:
    return Repo(REPO).diff(target)


@mcp.tool()
def git_log(ref: str, limit: int = 20) -> str:
    cmd = ["git", "log", "--oneline", "-n", str(limit), ref, "--", "."]
    # ruleid: MCP-276 -- the value comes before "--"
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True).stdout


@mcp.tool()
async def search(pattern: str, ctx: Context) -> str:
    # ruleid: MCP-276 -- rg --pre=<cmd> runs a command
    proc = await asyncio.create_subprocess_exec("rg", "-nS", pattern, REPO, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool()
def fetch(url: str) -> str:
    # ruleid: MCP-276 -- curl -o / -K
    return subprocess.run(["curl", "-s", url], capture_output=True, text=True).stdout


@mcp.tool()
def grep_logs(pattern: str) -> str:
    # ruleid: MCP-276 -- -i takes no value: the pattern is a positional argument
    hits = subprocess.run(["grep", "-i", pattern, "/var/log/app.log"], capture_output=True, text=True).stdout
    # ok: MCP-276 -- the value of -e is never read as an option
    subprocess.run(["grep", "-n", "-e", pattern, "--", "/var/log/app.log"], capture_output=True, text=True)
    return hits


@mcp.tool()
def pods(namespace: str, selector: str) -> str:
    # ruleid: MCP-276 -- a selector after a boolean flag is a positional argument
    return subprocess.run(["kubectl", "get", "pods", "--no-headers", selector, "-n", namespace], capture_output=True, text=True).stdout


# ---- must not fire ---------------------------------------------------------


@mcp.tool()
def git_show_safe(rev: str) -> str:
    # ok: MCP-276 -- --end-of-options before the value
    return subprocess.run(["git", "show", "--end-of-options", rev], capture_output=True, text=True).stdout


@mcp.tool()
def git_log_path(path: str) -> str:
    # ok: MCP-276 -- the value comes after "--"
    return subprocess.run(["git", "log", "--oneline", "--", path], cwd=REPO, capture_output=True, text=True).stdout


@mcp.tool()
def git_branch(branch: str) -> str:
    if branch.startswith("-"):
        raise ValueError("a branch name cannot start with '-'")
    # ok: MCP-276 -- checked for a leading dash
    return subprocess.check_output(["git", "branch", branch], cwd=REPO, text=True)


@mcp.tool()
def git_commit(message: str, author: str) -> str:
    # ok: MCP-276 -- values of options that take one (-m, --author=…)
    return subprocess.check_output(["git", "commit", "-m", message, f"--author={author}"], cwd=REPO, text=True)


@mcp.tool()
def kube_pods(namespace: str) -> str:
    # ok: MCP-276 -- the value of -n
    return subprocess.run(["kubectl", "get", "pods", "-n", namespace], capture_output=True, text=True).stdout


@mcp.tool()
def git_switch(branch: str) -> str:
    if branch not in BRANCHES:
        raise ValueError("unknown branch")
    # ok: MCP-276 -- allow-listed
    return subprocess.check_output(["git", "switch", branch], cwd=REPO, text=True)


@mcp.tool()
def git_tag(tag: str) -> str:
    if not REF_RE.fullmatch(tag) or tag.startswith("-"):
        raise ValueError("bad tag")
    # ok: MCP-276 -- validated
    return run_git("tag", tag)


@mcp.tool()
def docker_logs(lines: int, stream: Literal["stdout", "stderr"]) -> str:
    # ok: MCP-276 -- an int and a Literal cannot start with a dash
    return subprocess.run(["docker", "logs", "--tail", str(lines), stream], capture_output=True, text=True).stdout


@mcp.tool()
def list_dir(path: str) -> str:
    # ok: MCP-276 -- ls is not one of the programs with dangerous options
    return subprocess.run(["ls", "-la", path], capture_output=True, text=True).stdout


@mcp.tool()
def status() -> str:
    # ok: MCP-276 -- constant argv
    return subprocess.run(["git", "status", "--short"], cwd=REPO, capture_output=True, text=True).stdout


def gc(target: str) -> None:
    # ok: MCP-276 -- no handler calls this helper
    subprocess.run(["git", "gc", target])


@mcp.tool()
def git_grep(pattern: str) -> str:
    # todoruleid: MCP-276 -- arguments collected by a *args parameter (run_git) are not followed into the helper yet
    return run_git("grep", pattern)
