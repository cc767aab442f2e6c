// Fixture for MCP-521 in JavaScript: an Express bearer check in an MCP server.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const jwt = require("jsonwebtoken");

const server = new McpServer({ name: "files", version: "1.0.0" });

function check(token, key) {
  // ruleid: MCP-521
  const lax = jwt.verify(token, key, { algorithms: ["RS256"], ignoreExpiration: true });
  // ok: MCP-521
  const strict = jwt.verify(token, key, { algorithms: ["RS256"], ignoreExpiration: false });
  return [lax, strict];
}

function sign(sub, key) {
  // ruleid: MCP-521
  return jwt.sign({ sub }, key, { algorithm: "RS256", expiresIn: 60 * 60 * 24 * 14 });
}

function signShort(sub, key) {
  // ok: MCP-521
  return jwt.sign({ sub }, key, { algorithm: "RS256", expiresIn: 900 });
}

module.exports = { server, check, sign, signShort };
