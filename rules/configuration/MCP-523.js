// Fixture for MCP-523 (JavaScript): global required scopes make tools quiet.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");
const fs = require("node:fs");

const server = new McpServer({ name: "notes", version: "1.0.0" });
const bearer = requireBearerAuth({ verifier: { verifyAccessToken: async (t) => ({ token: t, clientId: "x", scopes: [] }) }, requiredScopes: ["notes:write"] });

// ok: MCP-523 -- notes:write is required for every request
server.tool("append", "Append a note", async (args) => {
  fs.appendFileSync("/srv/notes.txt", String(args.text));
  return { content: [{ type: "text", text: "ok" }] };
});

function check(req, res, next) {
  // ruleid: MCP-523 -- 401 for a missing scope
  if (!req.auth.scopes.includes("notes:read")) {
    return res.status(401).end();
  }
  next();
}
