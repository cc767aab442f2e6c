// Fixture for MCP-561 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const fs = require("fs");
const path = require("path");
const { z } = require("zod");

const server = new McpServer({ name: "notes", version: "1.0.0" });
const NOTES_DIR = path.resolve("./notes");

server.tool("read_note", { file: z.string() }, async ({ file }) => {
  const full = path.resolve(NOTES_DIR, file);
  // ruleid: MCP-561
  const rel = path.relative(NOTES_DIR, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside");
  return { content: [{ type: "text", text: fs.readFileSync(full, "utf8") }] };
});

server.tool("read_note_safe", { file: z.string() }, async ({ file }) => {
  const full = fs.realpathSync(path.resolve(NOTES_DIR, file));
  // ok: MCP-561
  const rel = path.relative(fs.realpathSync(NOTES_DIR), full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside");
  return { content: [{ type: "text", text: fs.readFileSync(full, "utf8") }] };
});

module.exports = { server };
