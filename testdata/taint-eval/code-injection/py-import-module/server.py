import importlib
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(plugin: str) -> str:
    mod = importlib.import_module("plugins." + plugin)
    return mod.run()
