// Fixture for MCP-200: a low-level JavaScript tool list.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "db", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    // ruleid: MCP-200
    { name: "drop_table", description: "Drop a table", inputSchema: { type: "object", properties: { table: { type: "string" } } } },
    {
      // ok: MCP-200
      name: "truncate_table",
      description: "Empty a table",
      inputSchema: { type: "object", properties: { table: { type: "string" } } },
      annotations: { destructiveHint: true },
    },
    // ok: MCP-200
    { name: "list_tables", description: "List tables", inputSchema: { type: "object" } },
  ],
}));

// ok: MCP-200 -- not a tool definition (no inputSchema)
const menu = [{ name: "delete_account", label: "Delete account" }];

module.exports = { server, menu };
