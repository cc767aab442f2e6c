// Fixture for MCP-501 in CommonJS.
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");

function open(res) {
  // ruleid: MCP-501
  return new SSEServerTransport("/message", res);
}

function local() {
  // ok: MCP-501 -- stdio
  return new StdioServerTransport();
}

module.exports = { open, local };
