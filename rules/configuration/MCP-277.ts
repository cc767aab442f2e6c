// Fixture for MCP-277: an Express MCP server with bearer auth and no metadata.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";

const app = express();
const server = new McpServer({ name: "crm", version: "1.0.0" });
const verifier = { verifyAccessToken: async (token: string) => introspect(token) };

// ruleid: MCP-277
app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["mcp"] }), (req, res) => handle(req, res));

app.post("/legacy", (req, res) => {
  if (!req.headers.authorization?.startsWith("Bearer ")) {
    // ruleid: MCP-277
    return res.status(401).json({ error: "invalid_token" });
  }
  // ok: MCP-277 -- not a 401
  res.status(200).json({ ok: true });
});

app.get("/health", (_req, res) => {
  // ok: MCP-277 -- not a 401
  res.status(503).send("starting");
});

// ruleid: MCP-277 -- invalid metadata
app.get("/meta", (_req, res) => res.json({ resource: "https://crm.example.com/mcp", authorization_servers: [] }));

declare function introspect(t: string): any;
declare function handle(req: any, res: any): void;
