"""Fixture for MCP-562: a process-wide tar extraction filter."""

import tarfile

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("workspace")
tarfile.TarFile.extraction_filter = staticmethod(tarfile.data_filter)


@mcp.tool()
def unpack(archive_path: str) -> str:
    """Unpack a tar archive."""
    with tarfile.open(archive_path) as tar:
        # ok: MCP-562 -- the default filter is set for the whole process
        tar.extractall("/srv/workspace")
    return "ok"
