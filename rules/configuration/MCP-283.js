// Fixture for MCP-283 in CommonJS: the low-level server with an API-key check.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "payments", version: "1.0.0" }, { capabilities: { tools: {} } });
app.use((req, res, next) => (req.headers["x-api-key"] === process.env.KEY ? next() : res.status(401).end()));

// ruleid: MCP-283
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  return { content: [{ type: "text", text: await dispatch(request.params.name, request.params.arguments) }] };
});

const logged = new Server({ name: "payments-2", version: "1.0.0" }, { capabilities: { tools: {} } });
// ok: MCP-283 -- logs the call
logged.setRequestHandler(CallToolRequestSchema, async (request) => {
  console.error("tool call", request.params.name);
  return { content: [{ type: "text", text: await dispatch(request.params.name, request.params.arguments) }] };
});
