// Fixture for MCP-560 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const fs = require("fs");
const path = require("path");
const { z } = require("zod");

const server = new McpServer({ name: "notes", version: "1.0.0" });
const NOTES_DIR = path.resolve(process.env.NOTES_DIR || "./notes");

server.tool("read_note", { file: z.string() }, async ({ file }) => {
  const full = path.resolve(NOTES_DIR, file);
  // ruleid: MCP-560
  if (!full.startsWith(NOTES_DIR)) throw new Error("outside the notes folder");
  // ok: MCP-560 -- template with a trailing slash
  if (!full.startsWith(`${NOTES_DIR}/`)) throw new Error("outside the notes folder");
  return { content: [{ type: "text", text: fs.readFileSync(full, "utf8") }] };
});

module.exports = { server };
