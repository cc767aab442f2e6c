// Fixture for MCP-568: the same server behind express-rate-limit.
import express from "express";
import rateLimit from "express-rate-limit";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.post("/mcp", async (req, res) => {
  // ok: MCP-568 -- limited
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});
