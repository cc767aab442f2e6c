// Fixture for MCP-524: a TypeScript MCP server and client with OAuth.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { ProxyOAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/providers/proxyProvider.js";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";

const server = new McpServer({ name: "crm", version: "1.0.0" });
const ISSUER = "http://auth.example.com";

export const proxy = new ProxyOAuthServerProvider({
  endpoints: {
    // ruleid: MCP-524
    authorizationUrl: "http://idp.example.com/authorize",
    // ok: MCP-524
    tokenUrl: "https://idp.example.com/token",
  },
  verifyAccessToken: async (token) => introspect(token),
  getClient: async (clientId) => lookup(clientId),
});

export const router = mcpAuthRouter({
  provider: proxy,
  // ruleid: MCP-524
  issuerUrl: new URL(ISSUER),
  // ok: MCP-524
  baseUrl: new URL("http://crm.example.com"),
});

export const localRouter = mcpAuthRouter({
  provider: proxy,
  // ok: MCP-524 -- loopback
  issuerUrl: new URL("http://localhost:3001"),
});

export class WebProvider implements Partial<OAuthClientProvider> {
  // ruleid: MCP-524
  get redirectUrl() { return "http://app.example.com/oauth/callback"; }
  get clientMetadata() {
    // ok: MCP-524 -- loopback with a port
    return { redirect_uris: ["http://127.0.0.1:8765/callback"], client_name: "crm-desktop" };
  }
}

// ruleid: MCP-524
process.env.MCP_DANGEROUSLY_ALLOW_INSECURE_ISSUER_URL = "1";

declare function introspect(t: string): any;
declare function lookup(id: string): any;
