from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def debug_eval(expr):
    return eval(expr)

@mcp.tool()
def t(expression: str) -> str:
    return expression.strip()
