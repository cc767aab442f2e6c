// Fixture for MCP-221: a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "links", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { url, label } = request.params.arguments;
  // ruleid: MCP-221
  const md = "[" + label + "](" + url + ")";
  // ok: MCP-221
  const home = "[" + label + "](https://links.example.com/)";
  // ok: MCP-221 -- an image (MCP-220)
  const img = "![" + label + "](" + url + ")";
  return { content: [{ type: "text", text: md + "\n" + home + img }] };
});

module.exports = { server };
