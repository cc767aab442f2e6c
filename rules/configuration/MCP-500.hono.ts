// Fixture for MCP-500: a Hono app serving an MCP endpoint.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const app = new Hono();
// ruleid: MCP-500
app.use("/mcp", cors());
// ok: MCP-500 -- an explicit origin
app.use("/mcp", cors({ origin: "https://app.example.com", exposeHeaders: ["Mcp-Session-Id"] }));

export const server = new McpServer({ name: "notes", version: "1.0.0" });
export default app;
