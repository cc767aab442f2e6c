// Fixture for MCP-223: a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "echo", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments;
  if (request.params.name === "echo") {
    // ruleid: MCP-223 -- input echoed
    return { content: [{ type: "text", text: String(args.message) }] };
  }
  if (request.params.name === "echo_clean") {
    const msg = String(args.message).replace(/[\u{E0000}-\u{E007F}]/gu, "");
    // ok: MCP-223 -- tag block removed
    return { content: [{ type: "text", text: msg }] };
  }
  // ok: MCP-223 -- a constant
  return { content: [{ type: "text", text: "unknown tool" }] };
});
