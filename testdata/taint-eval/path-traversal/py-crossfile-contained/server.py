from storage import read_doc
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(name: str) -> str:
    return read_doc(name)
