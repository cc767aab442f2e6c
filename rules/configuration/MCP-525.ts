// Fixture for MCP-525: an Express MCP server proxying OAuth to GitHub.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { ProxyOAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/providers/proxyProvider.js";

const GITHUB_CLIENT_ID = process.env.GITHUB_CLIENT_ID!;
const app = express();
const server = new McpServer({ name: "github", version: "1.0.0" });

// ruleid: MCP-525
const staticClient = new ProxyOAuthServerProvider({
  endpoints: {
    authorizationUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
  },
  verifyAccessToken: async (token) => ({ token, clientId: GITHUB_CLIENT_ID, scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 3600 }),
  getClient: async (_clientId) => ({ client_id: GITHUB_CLIENT_ID, redirect_uris: ["http://localhost:3000/callback"] }),
});

// ok: MCP-525 -- clients are looked up (and registered upstream), each keeps its own client_id
const perClient = new ProxyOAuthServerProvider({
  endpoints: {
    authorizationUrl: "https://idp.example.com/authorize",
    tokenUrl: "https://idp.example.com/token",
    registrationUrl: "https://idp.example.com/register",
  },
  verifyAccessToken: async (token) => ({ token, clientId: "x", scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 3600 }),
  getClient: async (clientId) => registeredClients.get(clientId),
});

app.use(mcpAuthRouter({ provider: staticClient, issuerUrl: new URL("https://gh-mcp.example.com") }));

declare const registeredClients: Map<string, any>;
export { perClient };
