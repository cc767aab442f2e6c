// Fixture for MCP-062 in CommonJS with mysql2 and sqlite3.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const mysql = require("mysql2/promise");
const sqlite3 = require("sqlite3");
const { z } = require("zod");

const server = new McpServer({ name: "shop", version: "1.0.0" });
const db = new sqlite3.Database("shop.db");

server.tool("product", { name: z.string() }, async ({ name }) => {
  const conn = await mysql.createConnection({ host: "localhost" });
  // ruleid: MCP-062
  const [rows] = await conn.execute(`SELECT * FROM products WHERE name = '${name}'`);
  // ruleid: MCP-062
  db.all("SELECT * FROM products WHERE name LIKE '%" + name + "%'", (err, r) => r);
  // ok: MCP-062
  const [safe] = await conn.execute("SELECT * FROM products WHERE name = ?", [name]);
  // ok: MCP-062 -- escaped with the driver
  const [esc] = await conn.query(`SELECT * FROM products WHERE name = ${conn.escape(name)}`);
  // ok: MCP-062 -- a Map lookup, not SQL
  const cfg = settings.get(`product.${name}`);
  return { content: [{ type: "text", text: JSON.stringify({ rows, safe, esc, cfg }) }] };
});

module.exports = { server };
