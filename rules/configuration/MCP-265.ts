// Fixture for MCP-265: a TypeScript MCP server behind requireBearerAuth.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import express from "express";
import jwt from "jsonwebtoken";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { z } from "zod";

const RESOURCE = "https://crm.example.com/mcp";
const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const server = new McpServer({ name: "crm", version: "1.0.0" });
const app = express();

export const noAudience = requireBearerAuth({
  verifier: {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      // ruleid: MCP-265
      const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com" });
      return { token, clientId: String(payload.client_id), scopes: [], expiresAt: payload.exp };
    },
  },
});

export const withAudience = requireBearerAuth({
  verifier: {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      // ok: MCP-265
      const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com", audience: RESOURCE });
      return { token, clientId: String(payload.client_id), scopes: [], expiresAt: payload.exp };
    },
  },
});

export function verifySecret(token: string, secret: string): AuthInfo {
  // ruleid: MCP-265
  const claims = jwt.verify(token, secret, { algorithms: ["HS256"] }) as jwt.JwtPayload;
  return { token, clientId: claims.client_id, scopes: [], expiresAt: claims.exp };
}

export function signState(state: string, secret: string) {
  // ok: MCP-265 -- our own state JWT, outside token verification
  return jwt.verify(state, secret, { algorithms: ["HS256"] });
}

server.registerTool("list_deals", { inputSchema: { stage: z.string() } }, async ({ stage }, extra) => {
  const res = await fetch(`https://api.crm.example.com/deals?stage=${stage}`, {
    // ruleid: MCP-265
    headers: { Authorization: `Bearer ${extra.authInfo?.token}` },
  });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("list_contacts", { inputSchema: {} }, async (_args, extra) => {
  const token = extra.authInfo!.token;
  const headers = new Headers();
  // ruleid: MCP-265
  headers.set("Authorization", "Bearer " + token);
  const res = await fetch("https://api.crm.example.com/contacts", { headers });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("list_notes", { inputSchema: {} }, async (_args, extra) => {
  const upstream = await credentials.forClient(extra.authInfo!.clientId);
  const res = await fetch("https://api.crm.example.com/notes", {
    // ok: MCP-265 -- a credential looked up for the caller, not the inbound token
    headers: { Authorization: `Bearer ${upstream}` },
  });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("exchange_then_call", { inputSchema: {} }, async (_args, extra) => {
  const downstream = await sts.exchangeToken(extra.authInfo!.token, "https://files.example.com");
  const res = await fetch("https://files.example.com/list", {
    // ok: MCP-265 -- RFC 8693 exchange first
    headers: { Authorization: `Bearer ${downstream}` },
  });
  return { content: [{ type: "text", text: await res.text() }] };
});

app.get("/proxy", async (req, res) => {
  // ruleid: MCP-265
  const upstream = await fetch("https://api.crm.example.com/raw", { headers: { authorization: req.headers.authorization ?? "" } });
  res.send(await upstream.text());
});

app.get("/proxy-all", async (req, res) => {
  // ruleid: MCP-265
  const upstream = await fetch("https://api.crm.example.com/raw", { method: "GET", headers: req.headers });
  res.send(await upstream.text());
});

app.get("/status", async (_req, res) => {
  const apiKey = process.env.CRM_API_KEY;
  // ok: MCP-265 -- the server's own credential through a local name
  const upstream = await fetch("https://api.crm.example.com/status", { headers: { Authorization: `Bearer ${apiKey}` } });
  res.send(await upstream.text());
});

app.get("/health", async (_req, res) => {
  // ok: MCP-265 -- the server's own API key
  const upstream = await fetch("https://api.crm.example.com/health", { headers: { Authorization: `Bearer ${process.env.CRM_API_KEY}` } });
  res.send(await upstream.text());
});
