import type { OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";

const TOKEN_ENDPOINT = "https://auth.tracker.example.com/oauth/token";
const MCP_SERVER_URL = "https://issues-mcp.example.com/mcp";

export async function exchangeCode(code: string, verifier: string): Promise<OAuthTokens> {
  const body = new URLSearchParams({ grant_type: "authorization_code", code, code_verifier: verifier });
  const res = await fetch(TOKEN_ENDPOINT, { method: "POST", body });
  return (await res.json()) as OAuthTokens;
}

export async function exchangeCodeBound(code: string, verifier: string): Promise<OAuthTokens> {
  const res = await fetch(TOKEN_ENDPOINT, { method: "POST", body: new URLSearchParams({ grant_type: "authorization_code", code, code_verifier: verifier, resource: MCP_SERVER_URL }) });
  return (await res.json()) as OAuthTokens;
}

let tokens: OAuthTokens | undefined;

export const issuesClient = {
  async get(path: string): Promise<unknown> {
    const res = await fetch(`https://api.tracker.example.com${path}`, {
      headers: tokens ? { Authorization: `Bearer ${tokens.access_token}` } : {},
    });
    return res.json();
  },
};
