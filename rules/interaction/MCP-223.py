"""Fixture for MCP-223: tool results that can carry Unicode tag characters."""

import json
import re
import subprocess
from pathlib import Path
from typing import Literal

import aiofiles
import requests
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")
TAGS = re.compile("[\U000E0000-\U000E007F]")
TAG_TABLE = dict.fromkeys(range(0xE0000, 0xE0080))
NOTES: dict[str, str] = {}


def strip_invisible(text: str) -> str:
    return TAGS.sub("", text)


def summarize(text: str) -> str:
    return text.strip()[:200]


def load_note(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---- external content returned: reported


@mcp.tool()
def fetch_title(url: str) -> str:
    html = requests.get("https://example.com/" + url.strip("/")).text
    # ruleid: MCP-223 -- an HTTP response
    return html.split("<title>")[1].split("</title>")[0]


@mcp.tool()
def read_note(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # ruleid: MCP-223 -- a file read at a path the model chose
    return text


@mcp.tool()
def read_readme(repo: str) -> str:
    # ruleid: MCP-223 -- pathlib read
    return (Path(repo) / "README.md").read_text()


@mcp.tool()
async def tail_log(path: str) -> str:
    async with aiofiles.open(path) as f:
        lines = await f.readlines()
    # ruleid: MCP-223 -- aiofiles read
    return "".join(lines[-20:])


@mcp.tool()
def git_log(repo: str) -> str:
    out = subprocess.check_output(["git", "-C", repo, "log", "-n", "10"], text=True)
    # ruleid: MCP-223 -- command output
    return out


@mcp.tool()
def git_status(repo: str) -> str:
    proc = subprocess.run(["git", "-C", repo, "status"], capture_output=True, text=True)
    # ruleid: MCP-223 -- stdout of subprocess.run
    return f"exit {proc.returncode}\n{proc.stdout}"


@mcp.tool()
def grep(pattern: str, path: str) -> str:
    proc = subprocess.Popen(["grep", "-n", "--", pattern, path], stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=10)
    # ruleid: MCP-223 -- communicate()
    return out


@mcp.tool()
def preview(path: str) -> str:
    # ruleid: MCP-223 -- a file read passed through a helper
    return summarize(Path(path).read_text())


@mcp.tool()
def open_note(path: str) -> str:
    # ruleid: MCP-223 -- the helper reads the file (deep mode)
    return load_note(path)


# ---- the tool's own input echoed back: not reported


@mcp.tool()
def save_note(title: str, body: str) -> str:
    NOTES[title] = body
    # ok: MCP-223 -- tool input echoed back, nothing the model did not write
    return f"Saved note '{title}'"


@mcp.tool()
def shout(body: str) -> str:
    # ok: MCP-223 -- tool input echoed through a helper
    return summarize(body).upper()


# ---- external content sanitized: not reported


@mcp.tool()
def read_clean(path: str) -> str:
    # ok: MCP-223 -- the tag block removed by a named helper
    return strip_invisible(Path(path).read_text())


@mcp.tool()
def read_regex(path: str) -> str:
    clean = re.sub(r"[\U000E0000-\U000E007F]", "", Path(path).read_text())
    # ok: MCP-223 -- re.sub over the tag block
    return clean


@mcp.tool()
def fetch_compiled(url: str) -> str:
    body = requests.get(url).text
    # ok: MCP-223 -- the file's compiled tag pattern
    return TAGS.sub("", body)


@mcp.tool()
def read_translated(path: str) -> str:
    text = Path(path).read_text()
    # ok: MCP-223 -- translate() with the file's table dropping the tag block
    return text.translate(TAG_TABLE)


@mcp.tool()
def log_ascii(repo: str) -> str:
    out = subprocess.check_output(["git", "-C", repo, "log", "-n", "10"], text=True)
    # ok: MCP-223 -- reduced to ASCII
    return out.encode("ascii", "ignore").decode()


@mcp.tool()
def read_checked(path: str) -> str:
    text = Path(path).read_text()
    if not text.isascii():
        raise ValueError("file must be ASCII")
    # ok: MCP-223 -- checked to be ASCII first
    return text


@mcp.tool()
def fetch_json(url: str) -> str:
    data = requests.get(url).json()
    # ok: MCP-223 -- json.dumps escapes non-ASCII characters by default
    return json.dumps({"title": data["title"]})


# ---- nothing external


@mcp.tool()
def count(items: list[str], mode: Literal["short", "long"], limit: int = 10) -> str:
    # ok: MCP-223 -- numbers and an enumeration
    return f"{len(items)} items, mode {mode}, limit {limit}"


@mcp.tool()
def constant() -> str:
    # ok: MCP-223 -- a constant
    return "pong"


def not_a_tool(path: str) -> str:
    # ok: MCP-223 -- not a tool handler
    return Path(path).read_text()
