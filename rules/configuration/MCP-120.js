// Fixture for MCP-120 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const fs = require("fs");

const server = new McpServer({ name: "cache", version: "1.0.0" });

function init(dir) {
  // ruleid: MCP-120
  process.umask(0);
  // ok: MCP-120
  process.umask(0o077);
  fs.mkdirSync(dir, { recursive: true });
  // ruleid: MCP-120
  fs.chmodSync(dir, 0o777);
  // ok: MCP-120
  fs.chmodSync(dir, 0o700);
}

module.exports = { server, init };
