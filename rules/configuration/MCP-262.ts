// Fixture for MCP-262: TypeScript MCP clients with OAuth.
import { randomBytes } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import type { OAuthClientMetadata, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";

const AUTHORIZE = "https://auth.example.com/authorize";

// ruleid: MCP-262
export class NoStateProvider implements OAuthClientProvider {
  private stored?: OAuthTokens;
  private verifier = "";
  get redirectUrl() { return "http://127.0.0.1:8765/callback"; }
  get clientMetadata(): OAuthClientMetadata { return { redirect_uris: [this.redirectUrl], client_name: "desktop" }; }
  clientInformation() { return undefined; }
  tokens() { return this.stored; }
  saveTokens(t: OAuthTokens) { this.stored = t; }
  redirectToAuthorization(url: URL) { console.error(`Open ${url}`); }
  saveCodeVerifier(v: string) { this.verifier = v; }
  codeVerifier() { return this.verifier; }
}

// ok: MCP-262
export class StateProvider implements OAuthClientProvider {
  private stored?: OAuthTokens;
  private verifier = "";
  private pendingState = randomBytes(32).toString("base64url");
  get redirectUrl() { return "http://127.0.0.1:8765/callback"; }
  get clientMetadata(): OAuthClientMetadata { return { redirect_uris: [this.redirectUrl], client_name: "desktop" }; }
  async state() { return this.pendingState; }
  clientInformation() { return undefined; }
  tokens() { return this.stored; }
  saveTokens(t: OAuthTokens) { this.stored = t; }
  redirectToAuthorization(url: URL) { console.error(`Open ${url}`); }
  saveCodeVerifier(v: string) { this.verifier = v; }
  codeVerifier() { return this.verifier; }
}

// ok: MCP-262 -- client-credentials provider: no authorization redirect, no state
export class MachineProvider implements OAuthClientProvider {
  get redirectUrl(): undefined { return undefined; }
  get clientMetadata(): OAuthClientMetadata { return { redirect_uris: [], grant_types: ["client_credentials"] }; }
  clientInformation() { return undefined; }
  tokens() { return undefined; }
  saveTokens(_t: OAuthTokens) {}
  redirectToAuthorization(): void { throw new Error("not used for client_credentials"); }
  saveCodeVerifier(_v: string) {}
  codeVerifier(): string { throw new Error("not used"); }
}

export function manualUrl(clientId: string, challenge: string) {
  // ruleid: MCP-262
  const state = Math.random().toString(36).slice(2);
  const url = new URL(AUTHORIZE);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("code_challenge", challenge);
  url.searchParams.set("state", state);
  // ruleid: MCP-262
  url.searchParams.set("state", "fixed");
  return url;
}

export function objectParams(clientId: string, challenge: string) {
  // ruleid: MCP-262
  return new URLSearchParams({ response_type: "code", client_id: clientId, code_challenge: challenge, state: String(Date.now()) });
}

export function secureParams(clientId: string, challenge: string) {
  // ok: MCP-262
  const state = randomBytes(16).toString("hex");
  // ok: MCP-262
  const params = new URLSearchParams({ response_type: "code", client_id: clientId, code_challenge: challenge, state });
  // ok: MCP-262 -- UI state, not an OAuth request
  const view = { state: "loading", items: [] };
  return [params, view];
}

export const client = new Client({ name: "desktop", version: "1.0.0" });
