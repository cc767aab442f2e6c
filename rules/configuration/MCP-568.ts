// Fixture for MCP-568: an Express MCP server without a limiter.
import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const app = express();
app.post("/mcp", async (req, res) => {
  // ruleid: MCP-568
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});

// ok: MCP-568 -- stdio
export const stdio = new StdioServerTransport();
