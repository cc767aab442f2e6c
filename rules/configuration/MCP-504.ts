// Fixture for MCP-504: MCP clients (TypeScript SDK) and a server's auth router.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { mcpAuthMetadataRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";

const client = new Client({ name: "agent", version: "1.0.0" });
const remote = new URL("http://tools.acme-tools.net/mcp");

export async function connect(token: string) {
  // ruleid: MCP-504
  await client.connect(new StreamableHTTPClientTransport(new URL("http://mcp.acme-tools.net/mcp"), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  // ruleid: MCP-504
  await client.connect(new StreamableHTTPClientTransport(remote));
  // ruleid: MCP-504
  await client.connect(new SSEClientTransport(new URL(process.env.MCP_URL ?? "http://legacy.acme-tools.net/sse")));
  // ok: MCP-504 -- https
  await client.connect(new StreamableHTTPClientTransport(new URL("https://mcp.example.com/mcp")));
  // ok: MCP-504 -- loopback
  await client.connect(new StreamableHTTPClientTransport(new URL("http://localhost:3000/mcp")));
  // ok: MCP-504 -- loopback
  await client.connect(new StreamableHTTPClientTransport(new URL("http://127.0.0.1:3000/mcp")));
  // ok: MCP-504 -- built at run time
  await client.connect(new StreamableHTTPClientTransport(new URL(`http://${host}:3000/mcp`)));
}

export const router = mcpAuthMetadataRouter({
  oauthMetadata,
  // ruleid: MCP-504
  resourceServerUrl: new URL("http://files.acme-tools.net/mcp"),
});
export const devRouter = mcpAuthMetadataRouter({
  oauthMetadata,
  // ok: MCP-504 -- loopback
  resourceServerUrl: new URL("http://localhost:3000/mcp"),
});

export async function docs() {
  // ok: MCP-504 -- a reserved documentation domain (RFC 2606)
  await client.connect(new StreamableHTTPClientTransport(new URL("http://caching.example/mcp")));
  // ok: MCP-504 -- a reserved test domain (RFC 6761)
  await client.connect(new StreamableHTTPClientTransport(new URL("http://mcp.test/mcp")));
}

const MCP_URL = "http://inventory.acme-tools.net/mcp";
export async function viaConstant() {
  // todoruleid: MCP-504 -- the URL is two names away (new URL(MCP_URL)); only one level is followed
  await client.connect(new StreamableHTTPClientTransport(new URL(MCP_URL)));
}
