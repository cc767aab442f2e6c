// Fixture for MCP-274 in CommonJS: an Express app with the host validation
// middleware of the SDK.
const express = require("express");
const { hostHeaderValidation } = require("@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");

const app = express();
app.use(hostHeaderValidation(["localhost", "127.0.0.1"]));

app.post("/mcp", async (req, res) => {
  // ok: MCP-274 -- the app validates Host
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});

module.exports = { app };
