// Fixture for MCP-528: a TypeScript MCP server with its own authorization server.
import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { clientRegistrationHandler } from "@modelcontextprotocol/sdk/server/auth/handlers/register.js";
import { OAuthClientMetadataSchema } from "@modelcontextprotocol/sdk/shared/auth.js";

const app = express();
const server = new McpServer({ name: "crm", version: "1.0.0" });
const clients = new Map<string, object>();
const noLimit = { rateLimit: false as const };

// ruleid: MCP-528
app.use(mcpAuthRouter({ provider, issuerUrl: new URL("https://crm.example.com"), clientRegistrationOptions: { rateLimit: false } }));
// ruleid: MCP-528 -- options through a constant
app.use("/register", clientRegistrationHandler({ clientsStore: provider.clientsStore, ...noLimit, rateLimit: false }));
// ok: MCP-528 -- default rate limit
app.use("/register2", clientRegistrationHandler({ clientsStore: provider.clientsStore }));
// ok: MCP-528
app.use(mcpAuthRouter({ provider, issuerUrl: new URL("https://crm.example.com"), clientRegistrationOptions: { rateLimit: { windowMs: 60_000, max: 5 } } }));

// ruleid: MCP-528
app.post("/oauth/register", (req, res) => {
  const client = { ...req.body, client_id: randomUUID() };
  clients.set(client.client_id, client);
  res.status(201).json(client);
});

// ok: MCP-528 -- validated against the metadata schema
app.post("/oauth/register2", (req, res) => {
  const metadata = OAuthClientMetadataSchema.parse(req.body);
  const client = { ...metadata, client_id: randomUUID() };
  clients.set(client.client_id, client);
  res.status(201).json(client);
});

declare const provider: any;
