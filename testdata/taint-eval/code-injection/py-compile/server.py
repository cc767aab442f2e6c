from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(formula: str, x: float) -> str:
    body = f"def f(x):\n    return {formula}"
    code = compile(body, "<formula>", "exec")
    return "compiled"
