// Fixture for MCP-524 in JavaScript.
const { mcpAuthMetadataRouter } = require("@modelcontextprotocol/sdk/server/auth/router.js");

const router = mcpAuthMetadataRouter({
  oauthMetadata: {
    issuer: "https://auth.example.com",
    // ruleid: MCP-524
    authorization_endpoint: "http://auth.example.com/authorize",
    // ok: MCP-524
    token_endpoint: "https://auth.example.com/token",
    response_types_supported: ["code"],
  },
  resourceServerUrl: new URL("https://files.example.com/mcp"),
});

module.exports = { router };
