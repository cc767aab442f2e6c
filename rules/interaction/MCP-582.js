// Fixture for MCP-582: a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "db", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  try {
    return { content: [{ type: "text", text: JSON.stringify(await query(request.params.arguments.sql)) }] };
  } catch (error) {
    // ruleid: MCP-582
    return { content: [{ type: "text", text: error.stack }], isError: true };
  } finally {
    // ok: MCP-582
    logger.debug("query done", new Error().stack);
  }
});

module.exports = { server };
