// Fixture for MCP-217 in CommonJS: an API-key check before dispatch.
const express = require("express");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");

const app = express();
app.use((req, res, next) => {
  if (req.headers["x-api-key"] !== process.env.MCP_API_KEY) return res.status(401).end();
  next();
});
app.post("/mcp", async (req, res) => {
  // ok: MCP-217 -- API key checked before dispatch
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000);
