import httpx
from mcp.server.fastmcp import FastMCP
mcp = FastMCP('eval')

async def fetch(target):
    async with httpx.AsyncClient(timeout=10) as client:
        res = await client.get(target)
        return res.text

@mcp.tool()
async def t(url: str) -> str:
    return await fetch(url)
