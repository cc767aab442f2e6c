// Fixture for MCP-211: a JavaScript server (no type checker to catch a missing maxTokens).
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");

const server = new McpServer({ name: "writer", version: "1.0.0" });

server.tool("title", { text: z.string() }, async ({ text }) => {
  // ruleid: MCP-211
  const a = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text } }] });
  // ok: MCP-211
  const b = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text } }], maxTokens: 50 });
  return { content: [a.content, b.content] };
});

async function relay(params) {
  // ok: MCP-211 -- parameters built elsewhere
  return server.server.createMessage(params);
}

module.exports = { relay };
