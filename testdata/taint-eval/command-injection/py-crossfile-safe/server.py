from helpers import run_shell
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    return run_shell("ping -c 1 example.com")
