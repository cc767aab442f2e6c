import os, subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    home = os.environ.get("HOME", "/tmp")
    subprocess.run("ls " + home, shell=True)
    return arg
