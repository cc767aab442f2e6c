import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def maintenance(command):
    subprocess.run(command, shell=True)

@mcp.tool()
def t(arg: str) -> str:
    return arg.upper()
