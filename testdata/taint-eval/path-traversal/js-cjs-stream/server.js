const fs = require("fs");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.tool("t", { file: z.string() }, async ({ file }) => {
  const stream = fs.createReadStream(file);
  return { content: [{ type: "text", text: String(stream.bytesRead) }] };
});
