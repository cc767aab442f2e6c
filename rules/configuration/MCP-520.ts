// Fixture for MCP-520: bearer verifiers of TypeScript MCP servers.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { ProxyOAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/providers/proxyProvider.js";
import { InvalidTokenError } from "@modelcontextprotocol/sdk/server/auth/errors.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { createRemoteJWKSet, jwtVerify } from "jose";

const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const server = new McpServer({ name: "crm", version: "1.0.0" });

export const demoAuth = requireBearerAuth({
  verifier: {
    // ruleid: MCP-520
    verifyAccessToken: async (token: string) => ({ token, clientId: "demo", scopes: ["mcp:tools"], expiresAt: Math.floor(Date.now() / 1000) + 3600 }),
  },
});

class StubVerifier {
  // ruleid: MCP-520
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    return { token, clientId: "stub", scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 60 };
  }
}

export const proxy = new ProxyOAuthServerProvider({
  endpoints: { authorizationUrl: "https://idp.example.com/authorize", tokenUrl: "https://idp.example.com/token" },
  // ruleid: MCP-520
  verifyAccessToken: async (token) => {
    return { token, clientId: "upstream", scopes: ["openid"], expiresAt: Math.floor(Date.now() / 1000) + 3600 };
  },
  getClient: async (clientId) => ({ client_id: clientId, redirect_uris: ["http://localhost:3000/callback"] }),
});

export const realAuth = requireBearerAuth({
  verifier: {
    // ok: MCP-520
    verifyAccessToken: async (token: string) => {
      const { payload } = await jwtVerify(token, JWKS, { audience: "https://crm.example.com/mcp" });
      return { token, clientId: String(payload.client_id), scopes: String(payload.scope).split(" "), expiresAt: payload.exp };
    },
  },
});

export const delegating = requireBearerAuth({
  verifier: {
    // ok: MCP-520 -- delegates to introspection
    verifyAccessToken: (token: string) => introspect(token),
  },
});
declare function introspect(token: string): Promise<AuthInfo>;

const sessions = new Map<string, AuthInfo>();
export const tableAuth = requireBearerAuth({
  verifier: {
    // ok: MCP-520 -- a lookup that throws for unknown tokens
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      const info = sessions.get(token);
      if (!info) throw new InvalidTokenError("unknown token");
      return info;
    },
  },
});

server.tool("ping", async () => ({ content: [{ type: "text", text: "pong" }] }));
export { StubVerifier };
