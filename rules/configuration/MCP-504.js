// Fixture for MCP-504 in CommonJS.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { SSEClientTransport } = require("@modelcontextprotocol/sdk/client/sse.js");

async function connect(client) {
  // ruleid: MCP-504
  await client.connect(new SSEClientTransport(new URL("http://legacy.acme-tools.net/sse")));
  // ok: MCP-504 -- https
  await client.connect(new SSEClientTransport(new URL("https://legacy.example.com/sse")));
}

module.exports = { connect, Client };
