// Fixture for MCP-278: a browser MCP client with a hand-written OAuth flow.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import * as oidc from "openid-client";

const AUTHORIZE = "https://auth.example.com/authorize";
const METHOD = "plain";

export function searchParams(clientId: string, redirectUri: string, verifier: string, state: string) {
  const url = new URL(AUTHORIZE);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("code_challenge", verifier);
  // ruleid: MCP-278
  url.searchParams.set("code_challenge_method", "plain");
  return url;
}

export function objectParams(clientId: string, redirectUri: string, verifier: string) {
  return new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: redirectUri,
    code_challenge: verifier,
    // ruleid: MCP-278 -- bound to a constant
    code_challenge_method: METHOD,
  });
}

export function openidClient(config: oidc.Configuration, verifier: string) {
  // ruleid: MCP-278
  return oidc.buildAuthorizationUrl(config, { redirect_uri: "http://127.0.0.1:8765/cb", code_challenge: verifier, "code_challenge_method": "plain" });
}

export function templateUrl(verifier: string) {
  // ruleid: MCP-278
  return `${AUTHORIZE}?response_type=code&code_challenge=${verifier}&code_challenge_method=plain`;
}

export function secure(challenge: string) {
  const url = new URL(AUTHORIZE);
  // ok: MCP-278
  url.searchParams.set("code_challenge_method", "S256");
  // ok: MCP-278
  const params = { code_challenge: challenge, code_challenge_method: "S256" };
  // ok: MCP-278 -- plain as an unrelated option
  const render = { format: "plain", contentType: "text/plain" };
  // ok: MCP-278 -- a different parameter set to plain
  url.searchParams.set("display", "plain");
  return [url, params, render];
}

export const client = new Client({ name: "desktop", version: "1.0.0" });
