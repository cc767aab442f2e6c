// Fixture for MCP-052: an Express MCP server (TypeScript SDK) with upstream
// HTTPS calls.
import express from "express";
import http from "node:http";
import https from "node:https";
import { Agent } from "undici";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";

const server = new McpServer({ name: "tickets", version: "1.0.0" });
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "0.0.0.0";
const LOCAL_HOST = "127.0.0.1";

const app = express();
app.use(express.json());
app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ruleid: MCP-052
app.listen(PORT, () => console.error(`listening on ${PORT}`));
// ruleid: MCP-052
app.listen(PORT, HOST, () => console.error(`listening on ${HOST}:${PORT}`));
// ok: MCP-052 -- loopback
app.listen(PORT, "127.0.0.1", () => console.error("local only"));
// ok: MCP-052 -- loopback through a constant
app.listen(PORT, LOCAL_HOST);
// ok: MCP-052 -- host from configuration the file cannot see
app.listen(PORT, config.bindHost);

const local = createMcpExpressApp();
// ruleid: MCP-052
local.listen(PORT);
// ok: MCP-052 -- a Unix-domain socket
local.listen("/run/tickets-mcp.sock");

// ruleid: MCP-052
const exposed = createMcpExpressApp({ host: "0.0.0.0" });
// ok: MCP-052 -- reported once, at createMcpExpressApp
exposed.listen(PORT);
// ok: MCP-052 -- loopback host validation
const guarded = createMcpExpressApp({ host: "localhost" });

const plain = http.createServer(app);
// ruleid: MCP-052
plain.listen(8080);

// ok: MCP-052 -- not an HTTP server: a queue consumer
queue.listen(PORT);

server.registerTool("open_ticket", { description: "Open a ticket" }, async ({ title }) => {
  // ruleid: MCP-052
  const agent = new https.Agent({ rejectUnauthorized: false });
  // ok: MCP-052 -- verification on with a private CA
  const pinned = new https.Agent({ rejectUnauthorized: true, ca: process.env.TICKETS_CA });
  // ruleid: MCP-052
  const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
  const res = await fetch("https://tickets.internal/api", { method: "POST", body: JSON.stringify({ title }), dispatcher });
  return { content: [{ type: "text", text: String(res.status) + String(agent) + String(pinned) }] };
});

// ruleid: MCP-052
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ok: MCP-052 -- restoring the default
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
