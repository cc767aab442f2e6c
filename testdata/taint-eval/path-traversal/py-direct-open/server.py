from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(path: str) -> str:
    with open(path) as fh:
        return fh.read()
