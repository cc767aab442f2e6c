// Fixture for MCP-525: the same static-client proxy in a project that has a
// consent page of its own.
import express from "express";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { ProxyOAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/providers/proxyProvider.js";

const app = express();

// ok: MCP-525 -- the project shows its own per-client consent page
const provider = new ProxyOAuthServerProvider({
  endpoints: { authorizationUrl: "https://github.com/login/oauth/authorize", tokenUrl: "https://github.com/login/oauth/access_token" },
  verifyAccessToken: async (token) => ({ token, clientId: "gh", scopes: [], expiresAt: 0 }),
  getClient: async (_clientId) => ({ client_id: process.env.GITHUB_CLIENT_ID!, redirect_uris: ["http://localhost:3000/callback"] }),
});

app.get("/consent", (req, res) => res.send(renderConsentPage(String(req.query.client_id))));
app.use(mcpAuthRouter({ provider, issuerUrl: new URL("https://gh-mcp.example.com") }));

declare function renderConsentPage(clientId: string): string;
