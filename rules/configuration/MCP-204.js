// Fixture for MCP-204 (JavaScript): scopes are checked, and the server writes.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { mcpAuthMetadataRouter } = require("@modelcontextprotocol/sdk/server/auth/router.js");
const fs = require("node:fs");

const server = new McpServer({ name: "notes", version: "1.0.0" });
const router = mcpAuthMetadataRouter({
  oauthMetadata,
  resourceServerUrl: new URL("https://notes-mcp.example.com"),
  // ok: MCP-204 -- both scopes are checked and the server writes
  scopesSupported: ["notes:read", "notes:write"],
});

server.tool("append", "Append a note", async (args, extra) => {
  if (!extra.authInfo.scopes.includes("notes:write")) throw new Error("notes:write required");
  fs.appendFileSync("/srv/notes.txt", String(args.text));
  return { content: [{ type: "text", text: "ok" }] };
});
