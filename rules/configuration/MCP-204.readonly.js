// Fixture for MCP-204 (JavaScript): a read-only server accepting a delete scope.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");
const fs = require("node:fs");

const server = new McpServer({ name: "files", version: "1.0.0" });
const bearer = requireBearerAuth({
  verifier,
  requiredScopes: [
    // ok: MCP-204 -- required, and the tool reads
    "files:read",
    // ruleid: MCP-204 -- a delete scope, but nothing deletes
    "files:delete",
  ],
});

server.tool("read", "Read a file", async (args) => ({
  content: [{ type: "text", text: fs.readFileSync(String(args.path), "utf8") }],
}));
