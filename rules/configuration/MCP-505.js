// Fixture for MCP-505 (JavaScript): roles kept per session.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const server = new McpServer({ name: "ops", version: "1.0.0" });
const sessionRoles = new Map();
const sessionCache = new Map();

server.tool("restart", "Restart a service", async (args, extra) => {
  // ruleid: MCP-505 -- a role from the session ID
  if (sessionRoles.get(extra.sessionId) !== "operator") {
    throw new Error("forbidden");
  }
  // ok: MCP-505 -- a cache keyed by session, not identity
  const cached = sessionCache.get(extra.sessionId);
  return { content: [{ type: "text", text: cached ? "cached" : "restarted" }] };
});
