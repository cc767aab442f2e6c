// Fixture for MCP-266: an authenticated Express MCP server (TypeScript SDK)
// that keeps transports per session.
import { randomUUID } from "node:crypto";
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
app.use(express.json());
app.use("/mcp", requireBearerAuth({ verifier, requiredScopes: ["files"] }));

const transports: Record<string, StreamableHTTPServerTransport> = {};
const owners = new Map<string, string>();
const queues = new Map<string, string[]>();

app.post("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  let transport: StreamableHTTPServerTransport;
  if (sessionId && transports[sessionId]) {
    // ruleid: MCP-266
    transport = transports[sessionId];
  } else {
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        transports[id] = transport;
      },
    });
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string;
  // ruleid: MCP-266
  await transports[sessionId].handleRequest(req, res);
});

app.delete("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string;
  // ruleid: MCP-266
  const queue = queues.get(sessionId);
  res.json(queue);
});

app.post("/mcp/checked", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string;
  if (owners.get(`${req.auth?.clientId}`) !== sessionId) return res.sendStatus(403);
  // ok: MCP-266 -- the session's owner is checked against req.auth
  const transport = transports[sessionId];
  await transport.handleRequest(req, res, req.body);
});

app.post("/mcp/keyed", async (req, res) => {
  // ok: MCP-266 -- the key includes the user
  const transport = transports[`${userOf(req)}:${req.headers["mcp-session-id"]}`];
  // ok: MCP-266 -- reading the header is not a session lookup
  const header = req.headers["mcp-session-id"];
  await transport.handleRequest(req, res, req.body);
  return header;
});
