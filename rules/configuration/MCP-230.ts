// Fixture for MCP-230: bearer-token verifiers of an MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import jwt from "jsonwebtoken";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, UnsecuredJWT } from "jose";

const RESOURCE = "https://crm-mcp.example.com/mcp";
const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const server = new McpServer({ name: "crm", version: "1.0.0" });

export const unsafeAuth = requireBearerAuth({
  verifier: {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      // ruleid: MCP-230
      const claims = jwt.decode(token) as jwt.JwtPayload;
      return { token, clientId: claims.client_id, scopes: String(claims.scope).split(" "), expiresAt: claims.exp };
    },
  },
});

export async function verifyWithJose(token: string): Promise<AuthInfo> {
  // ruleid: MCP-230
  const payload = decodeJwt(token);
  return { token, clientId: String(payload.client_id), scopes: [], expiresAt: payload.exp };
}

export function unsecured(token: string) {
  // ruleid: MCP-230
  const { payload } = UnsecuredJWT.decode(token);
  return { userId: payload.sub };
}

export function allowNone(token: string, secret: string) {
  // ruleid: MCP-230
  const claims = jwt.verify(token, secret, { algorithms: ["HS256", "none"], audience: RESOURCE }) as jwt.JwtPayload;
  return { userId: claims.sub };
}

export async function safeVerify(token: string): Promise<AuthInfo> {
  // ok: MCP-230
  const { payload } = await jwtVerify(token, JWKS, { audience: RESOURCE, issuer: "https://auth.example.com" });
  return { token, clientId: String(payload.client_id), scopes: [], expiresAt: payload.exp };
}

export function pickKeyThenVerify(token: string, keys: Record<string, string>) {
  // ok: MCP-230 -- decoded only to pick the key; jwt.verify follows
  const unverified = jwt.decode(token, { complete: true });
  const key = keys[String(unverified?.header.kid)];
  const claims = jwt.verify(token, key, { algorithms: ["RS256"], audience: RESOURCE }) as jwt.JwtPayload;
  return { userId: claims.sub, scopes: claims.scope };
}

export function tokenExpiresSoon(accessToken: string): boolean {
  // ok: MCP-230 -- client side: only the expiry of our own token is read
  const { exp } = decodeJwt(accessToken);
  return (exp ?? 0) * 1000 < Date.now() + 60_000;
}

export function headerOnly(token: string) {
  // ok: MCP-230 -- a different API (header only)
  return decodeProtectedHeader(token).kid;
}

export function notJwt(data: Uint8Array, scopes: string[]) {
  // ok: MCP-230 -- TextDecoder.decode
  return new TextDecoder().decode(data);
}

server.tool("ping", async () => ({ content: [{ type: "text", text: "pong" }] }));
