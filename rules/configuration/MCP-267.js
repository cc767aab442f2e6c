// Fixture for MCP-267 in CommonJS.
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");
const crypto = require("node:crypto");

function create() {
  return new StreamableHTTPServerTransport({
    // ruleid: MCP-267
    sessionIdGenerator: function () { return "session-" + new Date().getTime(); },
  });
}

function createSecure() {
  return new StreamableHTTPServerTransport({
    // ok: MCP-267 -- crypto.randomBytes
    sessionIdGenerator: () => crypto.randomBytes(16).toString("hex"),
  });
}

module.exports = { create, createSecure };
