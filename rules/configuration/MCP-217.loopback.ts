// Fixture for MCP-217: a local server bound to loopback (MCP-268's).
import { randomUUID } from "node:crypto";
import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
app.post("/mcp", async (req, res) => {
  // ok: MCP-217 -- loopback: MCP-268 owns it
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000, "127.0.0.1");
