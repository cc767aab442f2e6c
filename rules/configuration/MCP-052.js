// Fixture for MCP-052 in CommonJS: an SSE MCP server and a Hono server.
const express = require("express");
const { serve } = require("@hono/node-server");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");

const server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
const app = express();

// ruleid: MCP-052
app.listen(process.env.PORT || 3001, function () {
  console.error("notes MCP server started");
});
// ok: MCP-052 -- loopback
app.listen(3001, "localhost");

// ruleid: MCP-052
serve({ fetch: honoApp.fetch, port: 8787, hostname: "0.0.0.0" });
// ok: MCP-052 -- loopback
serve({ fetch: honoApp.fetch, port: 8787, hostname: "127.0.0.1" });

const options = {
  // ruleid: MCP-052
  rejectUnauthorized: false,
  // ok: MCP-052 -- an unrelated false option
  keepAlive: false,
};

// ruleid: MCP-052
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";

// ok: MCP-052 -- restoring verification
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "1";

module.exports = { server, app, options };
