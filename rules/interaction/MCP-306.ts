// Fixture for MCP-306: Express middleware of a TypeScript MCP server.
import express from "express";
import pino from "pino";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";

const app = express();
const logger = pino();
const server = new McpServer({ name: "crm", version: "1.0.0" });

app.use((req, res, next) => {
  // ruleid: MCP-306
  console.log("request", req.method, req.url, req.headers);
  // ruleid: MCP-306
  logger.info({ auth: req.headers.authorization }, "incoming");
  // ok: MCP-306 -- not sensitive
  logger.info({ ua: req.headers["user-agent"] }, "incoming");
  next();
});

app.post("/mcp", async (req, res) => {
  // ruleid: MCP-306
  console.debug(`headers: ${JSON.stringify(req.headers)}`);
  const auth = req.headers.authorization;
  if (!auth?.startsWith("Bearer ")) return res.status(401).end();
  // ok: MCP-306 -- after the auth check
  console.debug("cookie", req.headers.cookie);
  res.end();
});

app.get("/healthz", (req, res) => {
  // ok: MCP-306 -- no auth in this handler, not a middleware
  console.log("health", req.ip);
  res.send("ok");
});

app.use(requireBearerAuth({ verifier: { verifyAccessToken: async (t: string) => lookup(t) } }));
declare function lookup(t: string): any;
