// Fixture for MCP-267: session ID generators of the TypeScript SDK transport.
import { randomUUID, createHash } from "node:crypto";
import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

let counter = 0;
const weakGenerator = () => Math.random().toString(36).slice(2);

export function make(kind: string) {
  switch (kind) {
    case "time":
      return new StreamableHTTPServerTransport({
        // ruleid: MCP-267
        sessionIdGenerator: () => Date.now().toString(36),
      });
    case "counter":
      return new StreamableHTTPServerTransport({
        // ruleid: MCP-267
        sessionIdGenerator: () => String(++counter),
      });
    case "hash":
      return new StreamableHTTPServerTransport({
        // ruleid: MCP-267
        sessionIdGenerator: () => createHash("md5").update(String(Date.now())).digest("hex"),
      });
    case "named":
      // ruleid: MCP-267
      return new StreamableHTTPServerTransport({ sessionIdGenerator: weakGenerator });
    case "uuid":
      return new StreamableHTTPServerTransport({
        // ok: MCP-267 -- crypto.randomUUID
        sessionIdGenerator: () => randomUUID(),
      });
    case "mixed":
      return new StreamableHTTPServerTransport({
        // ok: MCP-267 -- a secure source dominates the value
        sessionIdGenerator: () => `${Date.now()}-${randomUUID()}`,
      });
    default:
      return new StreamableHTTPServerTransport({
        // ok: MCP-267 -- stateless: no session IDs
        sessionIdGenerator: undefined,
      });
  }
}

const app = express();
app.post("/mcp", (req, res) => {
  // ruleid: MCP-267
  const sessionId = `s-${Date.now()}`;
  // ruleid: MCP-267
  res.setHeader("Mcp-Session-Id", Math.floor(Math.random() * 1e9).toString());
  // ok: MCP-267 -- secure
  const sid = randomUUID();
  // ok: MCP-267 -- a request ID for logs, not a session ID
  const requestId = Date.now();
  res.json({ sessionId, sid, requestId });
});
