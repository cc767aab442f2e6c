from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(name: str) -> str:
    with open("/srv/data/index.txt") as fh:
        return fh.read().replace("NAME", name)
