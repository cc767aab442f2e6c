// Fixture for MCP-265 in JavaScript: a low-level MCP server forwarding tokens.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const axios = require("axios");

const server = new Server({ name: "tickets", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
  const auth = extra.requestInfo?.headers?.authorization;
  // ruleid: MCP-265
  const r = await axios.get("https://tickets.example.com/api/tickets", { headers: { Authorization: auth } });
  // ok: MCP-265 -- the server's own service account
  const s = await axios.get("https://tickets.example.com/api/status", { headers: { Authorization: `Bearer ${process.env.TICKETS_TOKEN}` } });
  return { content: [{ type: "text", text: JSON.stringify([r.data, s.data]) }] };
});

module.exports = { server };
