import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "weather", version: "1.0.0" });

// ruleid: MCP-581 -- a slash
server.tool("weather/now", "Weather now.", async () => ({ content: [] }));
// ok: MCP-581 -- dots and dashes are allowed
server.tool("weather.v2-now", "Weather now.", async () => ({ content: [] }));
