import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

ALLOWED = {"status", "log", "diff"}

@mcp.tool()
def t(arg: str) -> str:
    if arg not in ALLOWED:
        raise ValueError("not allowed")
    return subprocess.run("git " + arg, shell=True, capture_output=True).stdout
