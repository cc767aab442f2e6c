// Fixture for MCP-568 in CommonJS: SSE without a limiter, and the v2 handler.
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");

function open(res) {
  // ruleid: MCP-568
  return new SSEServerTransport("/messages", res);
}

// ok: MCP-568 -- not a transport
const url = new URL("http://localhost:3000/mcp");

module.exports = { open, url };
