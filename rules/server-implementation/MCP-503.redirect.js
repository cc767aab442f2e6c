// Fixture for MCP-503: console.log is redirected to stderr before use.
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");

console.log = console.error;

function start(server) {
  // ok: MCP-503 -- console.log now writes to stderr
  console.log("starting");
  return server.connect(new StdioServerTransport());
}

module.exports = { start };
