// Fixture for MCP-274 in CommonJS: no validation anywhere.
const express = require("express");
const sdk = require("@modelcontextprotocol/sdk/server/sse.js");

const app = express();
app.get("/sse", async (req, res) => {
  // ruleid: MCP-274
  const transport = new sdk.SSEServerTransport("/messages", res);
  // ok: MCP-274 -- a different class with the same shape
  const other = new EventStreamTransport("/messages", res);
  return [transport, other];
});

module.exports = { app };
