// Fixture for MCP-542 (TypeScript): a host connecting to several MCP servers.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";

const TOKEN = process.env.MCP_TOKEN!;

export async function connectAll(servers: { url: string; token?: string }[]) {
  for (const s of servers) {
    const client = new Client({ name: "host", version: "1.0.0" });
    // ruleid: MCP-542 -- one token for every server
    const t = new StreamableHTTPClientTransport(new URL(s.url), { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } });
    await client.connect(t);
    // ok: MCP-542 -- each server's own token
    const t2 = new SSEClientTransport(new URL(s.url), { requestInit: { headers: { Authorization: `Bearer ${s.token}` } } });
    await client.connect(t2);
  }
}

export async function callProfile(provider: OAuthClientProvider) {
  const tokens = await provider.tokens();
  // ruleid: MCP-542 -- an MCP token forwarded to another API
  const res = await fetch("https://profile.example.com/me", { headers: { Authorization: `Bearer ${tokens?.access_token}` } });
  // ok: MCP-542 -- no MCP token
  const status = await fetch("https://status.example.com/");
  return [await res.json(), status.status];
}
