from mcp.server.fastmcp import FastMCP

mcp = FastMCP("weather")


# ruleid: MCP-581 -- a space
@mcp.tool(name="get weather")
def get_weather(city: str) -> str:
    """Weather for a city."""
    return city


@mcp.tool()
# ok: MCP-581
def forecast(city: str) -> str:
    """Forecast for a city."""
    return city


# ruleid: MCP-581 -- differs only in case from forecast
@mcp.tool(name="Forecast")
def forecast_v2(city: str) -> str:
    """Forecast for a city."""
    return city
