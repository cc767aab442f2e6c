// Fixture for MCP-563 with the low-level Server and setRequestHandler.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import pg from "pg";

const server = new Server({ name: "postgres", version: "0.6.2" }, { capabilities: { tools: {} } });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  if (request.params.name === "query") {
    const sql = request.params.arguments?.sql as string;
    const client = await pool.connect();
    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      // ruleid: MCP-563
      const result = await client.query(sql);
      return { content: [{ type: "text", text: JSON.stringify(result.rows, null, 2) }], isError: false };
    } finally {
      // ok: MCP-563 -- a constant statement
      client.query("ROLLBACK").catch(() => {});
      client.release();
    }
  }
  throw new Error(`Unknown tool: ${request.params.name}`);
});
