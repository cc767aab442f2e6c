// Fixture for MCP-279: an MCP server that signs in to an upstream API with
// a hand-written OAuth client.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { OAuth2Client } from "google-auth-library";
import { AuthorizationCode } from "simple-oauth2";
import * as client from "openid-client";
import axios from "axios";

const server = new McpServer({ name: "crm", version: "1.0.0" });
const MCP_SERVER_URL = "https://crm-mcp.example.com/mcp";
const tokenEndpoint = "https://auth.example.com/oauth/token";

export async function googleLogin(oauth2Client: OAuth2Client, code: string) {
  // ruleid: MCP-279
  const { tokens } = await oauth2Client.getToken(code);
  // ruleid: MCP-279
  const again = await oauth2Client.getToken({ code, codeVerifier: "v" });
  // ok: MCP-279 -- no argument: reads a cached token, makes no token request
  const cached = await session.getToken();
  return { tokens, again, cached };
}

export async function simpleOAuth(oauth: AuthorizationCode, code: string) {
  // ok: MCP-279
  const t1 = await oauth.getToken({ code, redirect_uri: REDIRECT_URI, resource: MCP_SERVER_URL });
  // ok: MCP-279 -- shorthand property
  const resource = MCP_SERVER_URL;
  // ok: MCP-279
  const t2 = await oauth.getToken({ code, redirect_uri: REDIRECT_URI, resource });
  return [t1, t2];
}

export async function openidClient(config: client.Configuration, currentUrl: URL, checks: object) {
  // ruleid: MCP-279
  const tokens = await client.authorizationCodeGrant(config, currentUrl, checks);
  // ok: MCP-279
  const bound = await client.authorizationCodeGrant(config, currentUrl, checks, { resource: MCP_SERVER_URL });
  return [tokens, bound];
}

export async function rawFetch(code: string, metadata: { token_endpoint: string }) {
  // ruleid: MCP-279
  const r1 = await fetch(tokenEndpoint, { method: "POST", body: new URLSearchParams({ grant_type: "authorization_code", code }) });
  // ruleid: MCP-279
  const r2 = await fetch(metadata.token_endpoint, { method: "POST", body });
  // ruleid: MCP-279
  const r3 = await axios.post("https://auth.example.com/oauth2/token", form);
  // ok: MCP-279
  const r4 = await fetch(tokenEndpoint, { method: "POST", body: new URLSearchParams({ grant_type: "authorization_code", code, resource: MCP_SERVER_URL }) });
  // ok: MCP-279
  const r5 = await fetch(`${base}/oauth/token?resource=${encodeURIComponent(MCP_SERVER_URL)}`, { method: "POST" });
  // ok: MCP-279 -- not a token endpoint
  const r6 = await fetch("https://api.example.com/v1/customers", { method: "POST" });
  // ok: MCP-279
  const r7 = await axios.post(tokenEndpoint, form); // nosem: MCP-279 -- reviewed: the AS adds the audience itself
  return [r1, r2, r3, r4, r5, r6, r7];
}

export async function bodyBuiltOverStatements(code: string) {
  const body = new URLSearchParams({ grant_type: "authorization_code", code });
  body.set("resource", MCP_SERVER_URL);
  // deepok: MCP-279 -- resource set on the body before the call; deep mode follows it
  const bound = await fetch(tokenEndpoint, { method: "POST", body });
  const other = new URLSearchParams({ grant_type: "authorization_code", code });
  other.set("state", "s");
  // ruleid: MCP-279 -- built over statements, without resource
  const unbound = await fetch(tokenEndpoint, { method: "POST", body: other });
  const params: Record<string, string> = { code };
  params.resource = MCP_SERVER_URL;
  // deepok: MCP-279 -- resource set on the params object before the call
  const t = await oauth2Client.getToken(params);
  return [bound, unbound, t];
}

server.tool("ping", async () => ({ content: [{ type: "text", text: "pong" }] }));
