// Fixture for MCP-217: an Express MCP server (TypeScript SDK) on every interface.
import { randomUUID } from "node:crypto";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";

const server = new McpServer({ name: "tickets", version: "1.0.0" });
const app = express();
app.use(express.json());

app.post("/mcp", async (req, res) => {
  // ruleid: MCP-217
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get("/sse", async (_req, res) => {
  // ruleid: MCP-217
  const transport = new SSEServerTransport("/messages", res);
  await server.connect(transport);
});

export async function callUpstream(token: string) {
  // ok: MCP-217 -- an outgoing request, not an inbound check
  return fetch("https://api.example.com/tickets", { headers: { Authorization: `Bearer ${token}` } });
}

app.listen(Number(process.env.PORT ?? 3000));
