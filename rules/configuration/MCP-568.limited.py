"""Fixture for MCP-568: fastmcp with a rate-limiting middleware."""
from fastmcp import FastMCP
from fastmcp.server.middleware.rate_limiting import RateLimitingMiddleware

mcp = FastMCP("search")
mcp.add_middleware(RateLimitingMiddleware(max_requests_per_second=5))

if __name__ == "__main__":
    # ok: MCP-568 -- a limiter is configured
    mcp.run(transport="http")
