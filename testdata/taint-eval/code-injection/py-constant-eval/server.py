from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(x: float) -> str:
    return str(eval("2 ** 10") * x)
