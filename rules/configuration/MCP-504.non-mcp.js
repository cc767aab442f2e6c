// Fixture for MCP-504: an HTTP client that is not MCP code.
const { SSEClientTransport } = require("./vendor/sse-client");

// ok: MCP-504 -- not an MCP-context file
module.exports = new SSEClientTransport(new URL("http://feed.acme-tools.net/sse"));
