import subprocess
from typing import Literal
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: Literal["fast", "full"]) -> str:
    return subprocess.run("make " + arg, shell=True, capture_output=True).stdout
