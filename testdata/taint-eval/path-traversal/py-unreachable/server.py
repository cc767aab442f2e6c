from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

def dump(path, data):
    with open(path, "w") as fh:
        fh.write(data)

@mcp.tool()
def t(name: str) -> str:
    return name[::-1]
