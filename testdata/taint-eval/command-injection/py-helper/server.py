import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def run(command):
    return subprocess.check_output(command, shell=True, text=True)

def build(a):
    return "grep -r " + a + " ."

@mcp.tool()
def t(arg: str) -> str:
    return run(build(arg))
