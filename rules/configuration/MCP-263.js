// Fixture for MCP-263 in JavaScript: a Hono consent handler.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";

const app = new Hono();
const server = new McpServer({ name: "proxy", version: "1.0.0" });

app.post("/authorize/approve", async (c) => {
  const body = await c.req.parseBody();
  // ruleid: MCP-263
  setCookie(c, "mcp-consent", String(body.client_id), { path: "/" });
  // ok: MCP-263
  setCookie(c, "__Host-mcp-consent", String(body.client_id), { path: "/", secure: true, httpOnly: true, sameSite: "Lax" });
  return c.redirect(String(body.redirect_uri));
});

export default app;
