// Fixture for MCP-051 in CommonJS: the low-level server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  try {
    return await dispatch(request.params.name, request.params.arguments);
  // ruleid: MCP-051
  } catch (e) {}
  try {
    return await fallback(request.params.name);
  // ok: MCP-051 -- rethrown
  } catch (e) {
    throw e;
  }
});
