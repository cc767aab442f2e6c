// Fixture for MCP-522: a Hono MCP endpoint.
import { Hono } from "hono";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const app = new Hono();
app.use("/mcp", async (c, next) => {
  // ruleid: MCP-522
  const key = c.req.query("apiKey");
  // ok: MCP-522 -- the header
  const auth = c.req.header("Authorization");
  if (!key && !auth) return c.text("unauthorized", 401);
  await next();
});

export const server = new McpServer({ name: "notes", version: "1.0.0" });
export default app;
