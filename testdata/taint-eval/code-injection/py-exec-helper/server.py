from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def run_snippet(code):
    scope = {}
    exec(code, scope)
    return scope.get("result")

@mcp.tool()
def t(code: str) -> str:
    return str(run_snippet("result = " + code))
