// Fixture for MCP-502: Express MCP servers (TypeScript SDK) that share one
// transport or one server across requests.
import { randomUUID } from "node:crypto";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "files", version: "1.0.0" });
// ruleid: MCP-502
const shared = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
// ruleid: MCP-502
const sharedNoOptions = new StreamableHTTPServerTransport();
// ok: MCP-502 -- a stateful transport with a session generator
const single = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
await server.connect(shared);

const app = express();
app.use(express.json());
app.post("/mcp", (req, res) => shared.handleRequest(req, res, req.body));

const transports: Record<string, SSEServerTransport> = {};
app.get("/sse", async (req, res) => {
  const transport = new SSEServerTransport("/messages", res);
  transports[transport.sessionId] = transport;
  // ruleid: MCP-502
  await server.connect(transport);
});

app.post("/stateless", async (req, res) => {
  const perRequest = new McpServer({ name: "files", version: "1.0.0" });
  // ok: MCP-502 -- the transport is created per request
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => {
    transport.close();
    perRequest.close();
  });
  // ok: MCP-502 -- the server is created per request
  await perRequest.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

function buildServer() {
  return new McpServer({ name: "files", version: "1.0.0" });
}

app.post("/factory", async (req, res) => {
  const fresh = buildServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  // ok: MCP-502 -- a server from a factory, per request
  await fresh.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

async function main() {
  // ok: MCP-502 -- stdio: one connection for the process lifetime
  await server.connect(new StdioServerTransport());
}

export { single, sharedNoOptions, main };
