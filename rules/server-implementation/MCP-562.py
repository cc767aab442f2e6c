"""Fixture for MCP-562: an MCP server that unpacks archives."""

import os
import shutil
import tarfile
import zipfile
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("workspace")
WORKSPACE = "/srv/workspace"


@mcp.tool()
def unpack_tar(archive_path: str) -> str:
    """Unpack a tar archive into the workspace."""
    with tarfile.open(archive_path) as tar:
        # ruleid: MCP-562
        tar.extractall(WORKSPACE)
        # ruleid: MCP-562
        tar.extractall(WORKSPACE, filter="fully_trusted")
        # ok: MCP-562
        tar.extractall(WORKSPACE, filter="data")
        # ok: MCP-562
        tar.extractall(WORKSPACE, filter=tarfile.data_filter)
        # ok: MCP-562 -- an explicit member selection
        tar.extractall(WORKSPACE, members=safe_members(tar))
    archive = tarfile.open(archive_path, "r:gz")
    for member in archive.getmembers():
        # ruleid: MCP-562
        archive.extract(member, WORKSPACE)
    return "ok"


@mcp.tool()
def unpack_zip(archive_path: str) -> str:
    """Unpack a zip archive into the workspace."""
    with zipfile.ZipFile(archive_path) as zf:
        # ok: MCP-562 -- zipfile drops .. and absolute components itself
        zf.extractall(WORKSPACE)
        for info in zf.infolist():
            # ruleid: MCP-562
            target = os.path.join(WORKSPACE, info.filename)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return "ok"


@mcp.tool()
def unpack_checked(archive_path: str) -> str:
    """Unpack a zip archive, checking every member."""
    root = Path(WORKSPACE).resolve()
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            # ok: MCP-562 -- the target is resolved and checked below
            target = (root / name).resolve()
            if not target.is_relative_to(root):
                raise ValueError(f"unsafe member {name}")
            target.write_bytes(zf.read(name))
    return "ok"


@mcp.tool()
def unpack_any(archive_path: str, fmt: str = "gztar") -> str:
    """Unpack an archive with shutil."""
    # ruleid: MCP-562
    shutil.unpack_archive(archive_path, WORKSPACE)
    # ok: MCP-562
    shutil.unpack_archive(archive_path, WORKSPACE, filter="data")
    # ok: MCP-562 -- zip archives are sanitised by zipfile
    shutil.unpack_archive(archive_path, WORKSPACE, format="zip")
    return "ok"


def install_bundled_assets() -> None:
    # ok: MCP-562 -- the server's own archive, not a tool argument
    shutil.unpack_archive("/opt/app/assets.zip", WORKSPACE)
    # ok: MCP-562 -- joining a constant sub-directory
    os.makedirs(os.path.join(WORKSPACE, "cache"), exist_ok=True)
