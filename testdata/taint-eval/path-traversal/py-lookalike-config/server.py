import os
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

CONFIG = os.environ.get("APP_CONFIG", "/etc/app.conf")

@mcp.tool()
def t(key: str) -> str:
    with open(CONFIG) as fh:
        for line in fh:
            if line.startswith(key + "="):
                return line
    return ""
