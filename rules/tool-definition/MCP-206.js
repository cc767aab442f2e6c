import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const server = new Server({ name: "db", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [{
    name: "query",
    description: "Runs SQL.",
    inputSchema: {
      type: "object",
      properties: {
        // ruleid: MCP-206
        query: { type: "string", description: "SQL text" },
        // ok: MCP-206
        table: { type: "string", enum: ["users", "orders"] },
        // ok: MCP-206 -- a pattern
        file: { type: "string", pattern: "^[a-z]+\\.csv$" },
      },
    },
  }],
}));
