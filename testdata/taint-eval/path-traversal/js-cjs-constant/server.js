const fs = require("fs");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.tool("t", { file: z.string() }, async ({ file }) => {
  const text = fs.readFileSync("/srv/docs/index.md", "utf8");
  return { content: [{ type: "text", text: text + file }] };
});
