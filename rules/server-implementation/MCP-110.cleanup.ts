// Fixture for MCP-110: per-session transports that are removed on close.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express from "express";

const server = new McpServer({ name: "public", version: "1.0.0" });
const app = express();
const streamableHTTPTransports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => crypto.randomUUID(),
    onsessionclosed: (id) => {
      streamableHTTPTransports.delete(id);
    },
  });
  // ok: MCP-110 -- removed in onsessionclosed
  streamableHTTPTransports.set(transport.sessionId!, transport);
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000);
