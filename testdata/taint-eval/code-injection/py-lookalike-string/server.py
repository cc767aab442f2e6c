from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

@mcp.tool()
def t(text: str) -> str:
    evaluation = text.count("eval(")
    return f"found {evaluation} eval calls"
