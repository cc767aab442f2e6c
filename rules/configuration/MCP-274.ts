// Fixture for MCP-274: a plain Express app serving the TypeScript SDK's
// Streamable HTTP and SSE transports.
import { randomUUID } from "node:crypto";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";

const app = express();
app.use(express.json());
const transports: Record<string, StreamableHTTPServerTransport> = {};

const protectedOptions = {
  sessionIdGenerator: () => randomUUID(),
  enableDnsRebindingProtection: true,
  allowedHosts: ["127.0.0.1:3000", "localhost:3000"],
  allowedOrigins: ["http://localhost:3000"],
};

app.post("/mcp", async (req, res) => {
  // ruleid: MCP-274
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => {
      transports[id] = transport;
    },
  });
  // ruleid: MCP-274
  const flagOnly = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), enableDnsRebindingProtection: true });
  // ruleid: MCP-274
  const emptyLists = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: [], allowedOrigins: [] });
  // ok: MCP-274 -- protection on with allow-lists
  const guarded = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    enableDnsRebindingProtection: true,
    allowedHosts: ["127.0.0.1:3000", "localhost:3000"],
  });
  // ok: MCP-274 -- options from a constant
  const fromConst = new StreamableHTTPServerTransport(protectedOptions);
  const server = new McpServer({ name: "files", version: "1.0.0" });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
  return [flagOnly, emptyLists, guarded, fromConst];
});

app.get("/sse", async (_req, res) => {
  // ruleid: MCP-274
  const sse = new SSEServerTransport("/messages", res);
  // ok: MCP-274 -- protection on with an origin allow-list
  const sseGuarded = new SSEServerTransport("/messages", res, { enableDnsRebindingProtection: true, allowedOrigins: ["http://localhost:3000"] });
  return [sse, sseGuarded];
});

// ok: MCP-274 -- a client transport, not a server endpoint
const client = new StreamableHTTPClientTransport(new URL("http://localhost:3000/mcp"));

app.listen(3000, "127.0.0.1");

export class LoggingTransport {
  inner: StreamableHTTPServerTransport;
  constructor(options: ConstructorParameters<typeof StreamableHTTPServerTransport>[0]) {
    // ok: MCP-274 -- options passed through from the caller are not judged here
    this.inner = new StreamableHTTPServerTransport(options);
  }
}
