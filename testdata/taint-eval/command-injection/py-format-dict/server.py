import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(arg: str) -> str:
    opts = {"pattern": arg, "dir": "."}
    line = "grep -rn '{}' {}".format(opts["pattern"], opts["dir"])
    subprocess.call(line, shell=True)
    return "ok"
