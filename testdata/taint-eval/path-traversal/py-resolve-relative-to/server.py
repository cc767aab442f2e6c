from pathlib import Path
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

ROOT = Path("/srv/data")

@mcp.tool()
def t(name: str) -> str:
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        raise ValueError("outside root")
    return p.read_text()
