from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(expression: str) -> str:
    return str(eval(expression))
