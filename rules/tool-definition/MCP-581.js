import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "weather", version: "1.0.0" });

// ok: MCP-581
server.tool("now", "Weather now.", async () => ({ content: [] }));
// ruleid: MCP-581 -- registered twice
server.tool("now", "Weather now, again.", async () => ({ content: [] }));
