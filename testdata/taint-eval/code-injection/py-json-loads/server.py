import json
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(payload: str) -> str:
    data = json.loads(payload)
    return str(len(data))
