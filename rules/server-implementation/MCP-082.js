// Fixture for MCP-082 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const crypto = require("crypto");

const server = new McpServer({ name: "pkce", version: "1.0.0" });

function pkcePair() {
  // ruleid: MCP-082
  const codeVerifier = Array.from({ length: 64 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  // ok: MCP-082
  const verifier = crypto.randomBytes(32).toString("base64url");
  // ok: MCP-082 -- jitter
  const delay = Math.random() * 100;
  return { codeVerifier, verifier, delay };
}

module.exports = { server, pkcePair };
