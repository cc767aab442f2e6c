// Fixture for MCP-569: a low-level JavaScript file server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fs = require("node:fs");

const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { path } = request.params.arguments;
  // ruleid: MCP-569
  const text = fs.readFileSync(path, "utf8");
  // ok: MCP-569 -- a fixed path
  const motd = fs.readFileSync("/etc/motd", "utf8");
  return { content: [{ type: "text", text: text + motd }] };
});

module.exports = { server };
