from pathlib import Path
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def load(p):
    return Path(p).read_text()

@mcp.tool()
def t(name: str) -> str:
    return load("/srv/data/" + name)
