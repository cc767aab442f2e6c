"""Fixture for MCP-003: tool and prompt arguments used as filesystem paths (FastMCP)."""

import os
import re
import shutil
from pathlib import Path
from typing import Literal

import aiofiles
from mcp.server.fastmcp import Context, FastMCP
from mcp.shared.path_security import safe_join
from werkzeug.utils import secure_filename

from .paths import resolve_within_root

mcp = FastMCP("files")
ROOT = Path("/srv/workspace").resolve()
NOTES_DIR = "/srv/notes"
ALLOWED_FILES = {"README.md", "CHANGELOG.md"}


def load_text(path: str) -> str:
    # ruleid: MCP-003 -- reached from show_file through a helper (deep mode)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def note_path(name: str) -> str:
    return os.path.join(NOTES_DIR, name + ".md")


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root

    def remove(self, rel: str) -> None:
        # ruleid: MCP-003 -- a method reached from delete_file (deep mode)
        shutil.rmtree(self.root / rel)

    def contained(self, rel: str) -> Path:
        p = (self.root / rel).resolve()
        if not p.is_relative_to(self.root):
            raise ValueError("outside the workspace")
        return p


WS = Workspace(ROOT)


@mcp.tool()
def read_file(path: str) -> str:
    """Read a file of the workspace."""
    # ruleid: MCP-003
    return Path(path).read_text()


@mcp.tool()
async def read_note(name: str, ctx: Context) -> str:
    full = note_path(name)
    # ruleid: MCP-003
    async with aiofiles.open(full) as fh:
        return await fh.read()


@mcp.tool()
def show_file(path: str) -> str:
    return load_text(os.path.join(ROOT, path))


@mcp.tool()
def delete_file(rel: str) -> str:
    WS.remove(rel)
    return "deleted"


@mcp.tool()
def write_file(path: str, content: str) -> str:
    target = ROOT / path
    # ruleid: MCP-003
    target.write_text(content)
    # ruleid: MCP-003
    os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
    return "ok"


@mcp.tool()
def move_file(src: str, dst: str) -> str:
    # ruleid: MCP-003
    shutil.move(os.path.join(ROOT, src), os.path.join(ROOT, dst))
    return "moved"


@mcp.tool()
def list_dir(sub: str = ".") -> list[str]:
    d = os.path.abspath(os.path.join(ROOT, sub))
    if not d.startswith(str(ROOT) + os.sep):
        raise ValueError("outside the workspace")
    # ruleid: MCP-003 -- abspath does not resolve symlinks: not a confinement check
    return os.listdir(d)


@mcp.tool()
def stat_file(path: str) -> str:
    real = os.path.realpath(os.path.join(ROOT, path))
    if not real.startswith(str(ROOT)):
        raise ValueError("outside the workspace")
    # ruleid: MCP-003 -- prefix check without a separator: /srv/workspace-evil passes
    return open(real).read(100)


@mcp.prompt()
def review_file(path: str) -> str:
    # ruleid: MCP-003 -- prompt arguments are client input too
    return "Review this file:\n" + open(path).read()


# ---- must not fire ---------------------------------------------------------


@mcp.tool()
def read_contained(path: str) -> str:
    p = (ROOT / path).resolve()
    if not p.is_relative_to(ROOT):
        raise ValueError("outside the workspace")
    # ok: MCP-003 -- resolved, then contained
    return p.read_text()


@mcp.tool()
def read_real(path: str) -> str:
    real = os.path.realpath(os.path.join(ROOT, path))
    if not real.startswith(str(ROOT) + os.sep):
        raise ValueError("outside the workspace")
    # ok: MCP-003 -- realpath, then a separator-aware prefix check
    with open(real) as fh:
        return fh.read()


@mcp.tool()
def read_safe(path: str) -> str:
    # ok: MCP-003 -- safe_join resolves and checks containment
    return safe_join(ROOT, path).read_text()


@mcp.tool()
def read_method(rel: str) -> str:
    p = WS.contained(rel)
    # deepok: MCP-003 -- the helper resolves and contains the path (deep mode)
    return p.read_text()


@mcp.tool()
def upload(filename: str, content: str) -> str:
    # ok: MCP-003 -- secure_filename strips separators and dots
    with open(os.path.join(ROOT, secure_filename(filename)), "w") as fh:
        fh.write(content)
    # ok: MCP-003 -- basename cannot leave the folder
    Path(NOTES_DIR, os.path.basename(filename)).write_text(content)
    return "ok"


@mcp.tool()
def read_known(name: str) -> str:
    if name not in ALLOWED_FILES:
        raise ValueError("unknown file")
    # ok: MCP-003 -- allow-listed
    return open(os.path.join(ROOT, name)).read()


@mcp.tool()
def read_slug(slug: str) -> str:
    if not re.fullmatch(r"[a-z0-9_-]+", slug):
        raise ValueError("bad slug")
    # ok: MCP-003 -- validated by an anchored regular expression
    return open(f"{NOTES_DIR}/{slug}.md").read()


@mcp.tool()
def read_log(day: int, kind: Literal["app", "audit"]) -> str:
    # ok: MCP-003 -- an int and a Literal cannot carry a path
    return open(f"/var/log/{kind}-{day}.log").read()


@mcp.tool()
def read_config() -> str:
    # ok: MCP-003 -- constant path
    return open("/etc/app/config.toml").read()


def cleanup(path: str) -> None:
    # ok: MCP-003 -- no handler calls this helper
    os.remove(path)


@mcp.tool()
def count_lines(text: str) -> int:
    # ok: MCP-003 -- the input is data, the path is constant
    Path("/tmp/last.txt").write_text(text)
    return len(text.splitlines())


@mcp.tool()
def read_common(path: str) -> str:
    real = os.path.realpath(os.path.join(ROOT, path))
    if os.path.commonpath([real, str(ROOT)]) != str(ROOT):
        raise ValueError("outside the workspace")
    # ok: MCP-003 -- commonpath of the resolved path and the root confines it
    return open(real).read()


@mcp.tool()
def read_confined(path: str) -> str:
    real = resolve_within_root(path)
    # ok: MCP-003 -- confined by the project's own helper (another module)
    with open(real, encoding="utf-8") as f:
        return f.read()
