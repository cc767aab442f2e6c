// Fixture for MCP-261: a TypeScript MCP server with its own OAuth endpoints.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import type { OAuthClientInformationFull } from "@modelcontextprotocol/sdk/shared/auth.js";
import express from "express";
import { minimatch } from "minimatch";

const server = new McpServer({ name: "crm", version: "1.0.0" });
const app = express();
const ALLOWED_ORIGIN = "https://app.example.com";

export function prefix(client: OAuthClientInformationFull, redirectUri: string) {
  // ruleid: MCP-261
  return client.redirect_uris.some((registered) => redirectUri.startsWith(registered));
}

export function substring(redirectUri: string) {
  // ruleid: MCP-261
  return redirectUri.includes("example.com");
}

export function regex(redirectUri: string) {
  // ruleid: MCP-261
  return /^https:\/\/[a-z]+\.example\.com\//.test(redirectUri);
}

export function glob(redirectUri: string, pattern: string) {
  // ruleid: MCP-261
  return minimatch(redirectUri, pattern);
}

export function origin(redirectUri: string) {
  // ruleid: MCP-261
  return new URL(redirectUri).origin === ALLOWED_ORIGIN;
}

export const allowedRedirectUriPatterns = [
  // ruleid: MCP-261
  "https://*.example.com/*",
  // ok: MCP-261
  "http://localhost:*",
];

export function exact(client: OAuthClientInformationFull, redirectUri: string) {
  // ok: MCP-261 -- membership in the registered list
  return client.redirect_uris.includes(redirectUri);
}

export function exactEq(registered: string, redirectUri: string) {
  // ok: MCP-261 -- exact comparison
  return redirectUri === registered;
}

export function loopbackAnyPort(redirectUri: string) {
  // ok: MCP-261 -- RFC 8252 loopback redirect, any port
  return redirectUri.startsWith("http://localhost:");
}

export function scheme(redirectUri: string) {
  // ok: MCP-261 -- a scheme check
  return redirectUri.startsWith("https://");
}

export function loopback(redirectUri: string) {
  // ok: MCP-261 -- loopback host check
  return new URL(redirectUri).hostname === "localhost";
}

app.get("/authorize/callback", (req, res) => {
  const redirectUri = String(req.query.redirect_uri);
  // ruleid: MCP-261
  res.redirect(`${redirectUri}?code=${encodeURIComponent(String(req.query.code))}`);
});

app.get("/authorize/callback2", async (req, res) => {
  const redirectUri = String(req.query.redirect_uri);
  const client = await clients.getClient(String(req.query.client_id));
  if (!client?.redirect_uris.includes(redirectUri)) return res.status(400).send("bad redirect_uri");
  // ok: MCP-261 -- the registered URIs were checked
  res.redirect(`${redirectUri}?code=${encodeURIComponent(String(req.query.code))}`);
});
