// Fixture for MCP-563: a Postgres MCP server in TypeScript.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import pg from "pg";
import mysql from "mysql2/promise";
import { z } from "zod";

const server = new McpServer({ name: "postgres", version: "1.0.0" });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

server.registerTool("query", { inputSchema: { sql: z.string() } }, async ({ sql }) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    // ruleid: MCP-563
    const result = await client.query(sql);
    // ok: MCP-563 -- constant statement
    await client.query("ROLLBACK");
    return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
  } finally {
    client.release();
  }
});

server.registerTool("mysql_query", { inputSchema: { statement: z.string() } }, async ({ statement }) => {
  if (!/^\s*select\b/i.test(statement)) throw new Error("SELECT only");
  const conn = await mysql.createConnection({ host: "db", multipleStatements: true });
  // ruleid: MCP-563
  const [rows] = await conn.query(statement);
  // ok: MCP-563 -- parameterised constant query
  const [audit] = await conn.execute("INSERT INTO audit (q) VALUES (?)", [statement]);
  return { content: [{ type: "text", text: JSON.stringify({ rows, audit }) }] };
});
