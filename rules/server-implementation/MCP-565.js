// Fixture for MCP-565 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const ejs = require("ejs");
const { z } = require("zod");

const server = new McpServer({ name: "mailer", version: "1.0.0" });
const BODY = "Dear <%= name %>,";

server.tool("compose", { body: z.string(), name: z.string() }, async ({ body, name }) => {
  // ruleid: MCP-565
  const fn = ejs.compile(body);
  // ok: MCP-565
  const safe = ejs.render(BODY, { name });
  return { content: [{ type: "text", text: fn({ name }) + safe }] };
});

module.exports = { server };
