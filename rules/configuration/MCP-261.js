// Fixture for MCP-261 in JavaScript.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const server = new McpServer({ name: "files", version: "1.0.0" });

function allowed(client, redirect_uri) {
  // ruleid: MCP-261
  return redirect_uri.indexOf(client.domain) !== -1;
}

function allowedExactly(client, redirect_uri) {
  // ok: MCP-261
  return client.redirect_uris.indexOf(redirect_uri) !== -1;
}

module.exports = { server, allowed, allowedExactly };
