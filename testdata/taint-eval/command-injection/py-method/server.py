import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

class Runner:
    def __init__(self, cwd):
        self.cwd = cwd

    def run(self, command):
        return subprocess.Popen(command, shell=True, cwd=self.cwd)

@mcp.tool()
def t(arg: str) -> str:
    Runner("/srv").run("make " + arg)
    return "started"
