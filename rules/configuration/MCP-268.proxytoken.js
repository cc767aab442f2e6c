// Fixture for MCP-268 in CommonJS: the same proxy with a session token header.
const express = require("express");
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");
const { StdioClientTransport } = require("@modelcontextprotocol/sdk/client/stdio.js");

const app = express();
app.use((req, res, next) => (req.headers["x-mcp-proxy-auth"] === `Bearer ${sessionToken}` ? next() : res.status(401).end()));
app.get("/sse", async (req, res) => {
  const child = new StdioClientTransport({ command: "node", args: ["server.js"] });
  // ok: MCP-268 -- per-launch proxy token
  const transport = new SSEServerTransport("/message", res);
  await relay(child, transport);
});
app.listen(6277, "127.0.0.1");
