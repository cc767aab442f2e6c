// Fixture for MCP-521: a TypeScript MCP server acting as its own OAuth server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { OAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { OAuthTokens } from "@modelcontextprotocol/shared/auth.js";
import jwt from "jsonwebtoken";
import { randomBytes } from "node:crypto";

const SIGNING_KEY = process.env.SIGNING_KEY!;
const RESOURCE = "https://crm.example.com/mcp";
const ONE_YEAR = 31536000;
const server = new McpServer({ name: "crm", version: "1.0.0" });

export function issue(clientId: string): OAuthTokens {
  const accessToken = randomBytes(32).toString("hex");
  return {
    access_token: accessToken,
    token_type: "Bearer",
    // ruleid: MCP-521
    expires_in: ONE_YEAR,
  };
}

export function issueShort(clientId: string): OAuthTokens {
  // ok: MCP-521
  return { access_token: randomBytes(32).toString("hex"), token_type: "Bearer", expires_in: 3600 };
}

export function signAccess(sub: string) {
  // ruleid: MCP-521
  return jwt.sign({ sub, aud: RESOURCE }, SIGNING_KEY, { algorithm: "RS256", expiresIn: "30d" });
}

export function signAccessShort(sub: string) {
  // ok: MCP-521
  return jwt.sign({ sub, aud: RESOURCE }, SIGNING_KEY, { algorithm: "RS256", expiresIn: "1h" });
}

export function signRefresh(sub: string) {
  // ok: MCP-521 -- refresh token
  return jwt.sign({ sub, typ: "refresh" }, SIGNING_KEY, { algorithm: "RS256", expiresIn: "90d" });
}

export function verify(token: string) {
  // ruleid: MCP-521
  const claims = jwt.verify(token, SIGNING_KEY, { algorithms: ["RS256"], audience: RESOURCE, ignoreExpiration: true });
  return claims;
}

export function authInfo(token: string, clientId: string) {
  // ruleid: MCP-521
  return { token, clientId, scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 365 };
}

export function authInfoShort(token: string, clientId: string) {
  // ok: MCP-521
  return { token, clientId, scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 60 * 60 };
}

export function cacheHeaders() {
  // ok: MCP-521 -- not a token lifetime
  return { maxAge: 31536000, immutable: true };
}

server.tool("ping", async () => ({ content: [{ type: "text", text: "pong" }] }));
