// Fixture for MCP-201: a JavaScript database server.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { Pool } = require("pg");
const { z } = require("zod");

const server = new McpServer({ name: "db", version: "1.0.0" });
const pool = new Pool();

server.tool("run_sql", { sql: z.string() }, async ({ sql }) => {
  // ruleid: MCP-201 -- a free-form SQL argument
  const res = await pool.query(sql);
  return { content: [{ type: "text", text: JSON.stringify(res.rows) }] };
});

server.tool("truncate_logs", { confirm: z.boolean() }, async ({ confirm }) => {
  if (confirm !== true) return { content: [{ type: "text", text: "pass confirm: true to truncate" }] };
  // ok: MCP-201
  await pool.query("TRUNCATE TABLE logs");
  return { content: [{ type: "text", text: "done" }] };
});

module.exports = { server };
