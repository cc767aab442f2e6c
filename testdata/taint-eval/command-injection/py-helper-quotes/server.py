import shlex, subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def run_quoted(value):
    return subprocess.run("echo " + shlex.quote(value), shell=True)

@mcp.tool()
def t(arg: str) -> str:
    run_quoted(arg)
    return "ok"
