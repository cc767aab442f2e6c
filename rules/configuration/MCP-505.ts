// Fixture for MCP-505: session IDs used as credentials (TypeScript, Express).
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { randomUUID } from "node:crypto";
import { z } from "zod";

const app = express();
const transports: Record<string, StreamableHTTPServerTransport> = {};
const sessionUsers: Record<string, { id: string; admin: boolean }> = {};
const authorizedSessions = new Set<string>();
const server = new McpServer({ name: "admin", version: "1.0.0" });

function getUserForSession(sessionId: string) {
  // ruleid: MCP-505 -- identity looked up by session ID
  return sessionUsers[sessionId];
}

server.registerTool("purge", { inputSchema: { table: z.string() } }, async ({ table }, extra) => {
  // ruleid: MCP-505 -- an identity decision from the session ID (deep mode)
  const user = getUserForSession(extra.sessionId!);
  if (!user?.admin) throw new Error("forbidden");
  // ruleid: MCP-505 -- a set of "authorized sessions"
  if (!authorizedSessions.has(extra.sessionId!)) throw new Error("log in first");
  return { content: [{ type: "text", text: `purged ${table}` }] };
});

server.registerTool("me", {}, async (_args, extra) => {
  const sid = extra.sessionId ?? "";
  // ruleid: MCP-505 -- the user of a session
  const name = transports[sid] ? sessionUsers[sid].id : "anonymous";
  return { content: [{ type: "text", text: name }] };
});

function requireToken(req: express.Request, res: express.Response, next: express.NextFunction) {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  // ruleid: MCP-505 -- a known session skips the bearer check
  if (sid && transports[sid]) {
    return next();
  }
  const auth = req.headers.authorization;
  if (!auth?.startsWith("Bearer ") || !verifyJwt(auth.slice(7))) {
    res.status(401).json({ error: "invalid_token" });
    return;
  }
  next();
}

app.post("/mcp", requireToken, async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  // ok: MCP-505 -- routing a request to its transport is not authentication
  let transport = sessionId ? transports[sessionId] : undefined;
  if (!transport) {
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
    await server.connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const sessionCache = new Map<string, string[]>();

server.registerTool("recent", {}, async (_args, extra) => {
  // ok: MCP-505 -- a per-session cache holds no identity
  const recent = sessionCache.get(extra.sessionId ?? "") ?? [];
  // ok: MCP-505 -- identity from the verified token
  const who = extra.authInfo?.clientId ?? "anonymous";
  return { content: [{ type: "text", text: `${who}: ${recent.join(", ")}` }] };
});

function requireTokenAlways(req: express.Request, res: express.Response, next: express.NextFunction) {
  const sid = req.headers["mcp-session-id"];
  const auth = req.headers.authorization;
  // ok: MCP-505 -- the token is checked whatever the session
  if (!auth?.startsWith("Bearer ") || !verifyJwt(auth.slice(7))) {
    res.status(401).json({ error: "invalid_token", session: sid });
    return;
  }
  next();
}

declare function verifyJwt(t: string): boolean;
