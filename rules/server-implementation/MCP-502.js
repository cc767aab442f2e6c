// Fixture for MCP-502 in CommonJS: the low-level Server shared across requests.
const express = require("express");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");

const server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
const app = express();

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  // ruleid: MCP-502
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.post("/mcp2", async (request, response) => {
  const local = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  // ok: MCP-502 -- created per request
  await local.connect(transport);
  await transport.handleRequest(request, response, request.body);
});

// ok: MCP-502 -- a database client's connect, not an MCP server
app.get("/health", async (req, res) => res.json(await db.connect(req.query.dsn)));

module.exports = { app };
