// Fixture for MCP-268 in CommonJS: a local proxy that spawns stdio servers.
const express = require("express");
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");
const { StdioClientTransport } = require("@modelcontextprotocol/sdk/client/stdio.js");

const app = express();
app.get("/sse", async (req, res) => {
  const child = new StdioClientTransport({ command: String(req.query.command), args: [] });
  // ruleid: MCP-268
  const transport = new SSEServerTransport("/message", res);
  await relay(child, transport);
});
app.listen(6277, "127.0.0.1");
