"""MCP server exposing a CRM's customers and deals over stdio."""

from mcp.server.fastmcp import Context, FastMCP

from .upstream import CRMClient

mcp = FastMCP("crm", instructions="Read and update customers and deals in the CRM.")
client = CRMClient()


@mcp.tool()
async def get_customer(customer_id: str, ctx: Context) -> dict:
    """Return one customer record by its ID."""
    await ctx.info(f"looking up customer {customer_id}")
    return await client.get(f"/customers/{customer_id}")


@mcp.tool()
async def list_deals(stage: str = "open") -> list[dict]:
    """List deals in a pipeline stage."""
    return await client.get("/deals", params={"stage": stage})


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
