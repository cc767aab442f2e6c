// Fixture for MCP-540: TypeScript MCP clients with hand-written OAuth.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import * as oidc from "openid-client";
import { AuthorizationCode } from "simple-oauth2";

const AUTHORIZE = "https://auth.example.com/authorize";
export const client = new Client({ name: "desktop", version: "1.0.0" });

export function plainObject(clientId: string, redirectUri: string, state: string) {
  // ruleid: MCP-540
  return new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: redirectUri, state });
}

export function templateUrl(clientId: string, state: string) {
  // ruleid: MCP-540
  return `${AUTHORIZE}?response_type=code&client_id=${clientId}&state=${state}`;
}

export function withPkce(clientId: string, state: string, challenge: string) {
  // ok: MCP-540
  return new URLSearchParams({ response_type: "code", client_id: clientId, state, code_challenge: challenge, code_challenge_method: "S256" });
}

export function openidClient(config: oidc.Configuration, state: string) {
  // ruleid: MCP-540
  return oidc.buildAuthorizationUrl(config, { redirect_uri: "http://127.0.0.1:8765/cb", scope: "openid mcp", state });
}

export async function openidClientPkce(config: oidc.Configuration) {
  const verifier = oidc.randomPKCECodeVerifier();
  const code_challenge = await oidc.calculatePKCECodeChallenge(verifier);
  // ok: MCP-540
  return oidc.buildAuthorizationUrl(config, { redirect_uri: "http://127.0.0.1:8765/cb", scope: "openid", code_challenge, code_challenge_method: "S256" });
}

export function simpleOAuthPkce(oauth: AuthorizationCode, state: string, code_challenge: string) {
  // ok: MCP-540
  return oauth.authorizeURL({ redirect_uri: "http://127.0.0.1:8765/cb", scope: "mcp", state, code_challenge, code_challenge_method: "S256" });
}

export function templateUrlPkce(clientId: string, challenge: string) {
  // ok: MCP-540
  return `${AUTHORIZE}?response_type=code&client_id=${clientId}&code_challenge=${challenge}&code_challenge_method=S256`;
}

export function simpleOAuth(oauth: AuthorizationCode, state: string) {
  // ruleid: MCP-540
  return oauth.authorizeURL({ redirect_uri: "http://127.0.0.1:8765/cb", scope: "mcp", state });
}
