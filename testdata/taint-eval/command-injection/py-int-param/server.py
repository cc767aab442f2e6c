import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(count: int) -> str:
    return subprocess.run(f"head -n {count} /var/log/syslog", shell=True, capture_output=True).stdout
