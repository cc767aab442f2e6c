// Fixture for MCP-563 in CommonJS: a deny-list guard.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { Client } = require("pg");
const { z } = require("zod");

const server = new McpServer({ name: "pg", version: "1.0.0" });
const client = new Client();
const BLOCKED = /\b(drop|delete|update|insert|alter|truncate)\b/i;

server.tool("run_sql", { query: z.string() }, async ({ query }) => {
  if (BLOCKED.test(query)) throw new Error("write statements are blocked");
  // ruleid: MCP-563
  const res = await client.query(query);
  // ok: MCP-563 -- a constant query
  const count = await client.query("SELECT count(*) FROM pg_stat_activity");
  return { content: [{ type: "text", text: JSON.stringify([res.rows, count.rows]) }] };
});

module.exports = { server };
