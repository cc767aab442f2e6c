// Fixture for MCP-110: unbounded work in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express from "express";
import { z } from "zod";

const server = new McpServer({ name: "utilities", version: "1.0.0" });
const app = express();
// ruleid: MCP-110
app.use(express.json({ limit: "500mb" }));
// ok: MCP-110
app.use(express.json({ limit: "1mb" }));
const transports: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => crypto.randomUUID() });
  // ruleid: MCP-110
  transports[transport.sessionId!] = transport;
  await transport.handleRequest(req, res, req.body);
});

server.registerTool("fetch_page", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  // ruleid: MCP-110
  const res = await fetch(url);
  // ruleid: MCP-110
  const text = await res.text();
  return { content: [{ type: "text", text }] };
});

server.registerTool("fetch_bounded", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  // ok: MCP-110
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (Number(res.headers.get("content-length") ?? 0) > 1_000_000) throw new Error("too large");
  // ok: MCP-110 -- content-length checked first
  const text = await res.text();
  return { content: [{ type: "text", text }] };
});

server.registerTool("local_logs", { inputSchema: {} }, async () => {
  // ok: MCP-110 -- the URL is the server's own configuration, not a tool argument
  const res = await fetch(`http://127.0.0.1:${process.env.CONNECTOR_PORT}/logs`);
  return { content: [{ type: "text", text: String(res.status) }] };
});

server.registerTool("pad", { inputSchema: { width: z.number(), pattern: z.string(), text: z.string() } }, async ({ width, pattern, text }) => {
  // ruleid: MCP-110
  const bar = "#".repeat(width);
  // ruleid: MCP-110
  const buf = Buffer.alloc(width);
  // ruleid: MCP-110
  const re = new RegExp(pattern);
  // ok: MCP-110 -- escaped
  const lit = new RegExp(escapeRegExp(pattern));
  // ok: MCP-110 -- a constant pattern
  const words = text.match(/\w+/g);
  // ok: MCP-110 -- a constant repeat
  const rule = "-".repeat(40);
  // ok: MCP-110 -- bounded by the data
  const chars = Array.from({ length: text.length }, (_, i) => text[i]);
  return { content: [{ type: "text", text: [rule, bar, buf.length, re.test(text), lit.test(text), words, chars].join(" ") }] };
});

app.listen(3000);
