// Fixture for MCP-501: an Express server offering SSE next to Streamable HTTP.
import { randomUUID } from "node:crypto";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

const app = express();
const sessions: Record<string, SSEServerTransport> = {};

app.get("/sse", async (_req, res) => {
  // ruleid: MCP-501
  const transport = new SSEServerTransport("/messages", res);
  sessions[transport.sessionId] = transport;
  await new McpServer({ name: "notes", version: "1.0.0" }).connect(transport);
});

app.post("/mcp", async (req, res) => {
  // ok: MCP-501 -- Streamable HTTP
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});

// ok: MCP-501 -- a client transport
export const upstream = new SSEClientTransport(new URL("http://localhost:9000/sse"));
// ok: MCP-501 -- the browser's EventSource
export const events = new EventSource("/events");
