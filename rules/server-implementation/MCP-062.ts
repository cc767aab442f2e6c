// Fixture for MCP-062: a Postgres / SQLite MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { PrismaClient } from "@prisma/client";
import Database from "better-sqlite3";
import knex from "knex";
import pg from "pg";
import { z } from "zod";

const server = new McpServer({ name: "warehouse", version: "1.0.0" });
const pool = new pg.Pool();
const prisma = new PrismaClient();
const db = new Database("warehouse.db");
const kx = knex({ client: "pg" });
const TABLE = "orders";
const ALLOWED = new Set(["orders", "customers"]);

server.registerTool(
  "find_orders",
  { inputSchema: { customer: z.string(), limit: z.number(), table: z.string() } },
  async ({ customer, limit, table }) => {
    // ruleid: MCP-062
    const a = await pool.query(`SELECT * FROM orders WHERE customer = '${customer}'`);
    // ruleid: MCP-062
    const b = await pool.query("SELECT * FROM orders WHERE customer = '" + customer + "'");
    const sqlText = `DELETE FROM orders WHERE customer = '${customer}'`;
    // ruleid: MCP-062
    await pool.query(sqlText);
    // ruleid: MCP-062
    const c = await prisma.$queryRawUnsafe(`SELECT * FROM "Order" WHERE customer = '${customer}'`);
    // ruleid: MCP-062
    const d = db.prepare(`SELECT * FROM ${table} WHERE customer = ?`).all(customer);
    // ruleid: MCP-062
    const e = await kx("orders").whereRaw(`customer = '${customer}'`);
    // ok: MCP-062 -- parameterised
    const f = await pool.query("SELECT * FROM orders WHERE customer = $1", [customer]);
    // ok: MCP-062 -- tagged template, parameterised by Prisma
    const g = await prisma.$queryRaw`SELECT * FROM "Order" WHERE customer = ${customer}`;
    // ok: MCP-062 -- constant interpolated
    const h = await pool.query(`SELECT * FROM ${TABLE} WHERE customer = $1`, [customer]);
    // ok: MCP-062 -- cast to a number
    const i = await pool.query(`SELECT * FROM orders LIMIT ${Number(limit)}`);
    // ok: MCP-062 -- knex binding
    const j = await kx("orders").whereRaw("customer = ?", [customer]);
    return { content: [{ type: "text", text: JSON.stringify([a, b, c, d, e, f, g, h, i, j]) }] };
  },
);

server.registerTool("count", { inputSchema: { table: z.string() } }, async ({ table }) => {
  if (!ALLOWED.has(table)) throw new Error("unknown table");
  // ok: MCP-062 -- checked against an allow-list first
  const r = await pool.query(`SELECT COUNT(*) FROM ${table}`);
  // ok: MCP-062 -- not SQL: a cache key
  const cached = await cache.get(`count:${table}`);
  // ok: MCP-062 -- a URL, not SQL
  const res = await fetch(`https://api.example.com/tables/${table}?order=asc`);
  return { content: [{ type: "text", text: String(r.rows[0].count ?? cached ?? res.status) }] };
});
