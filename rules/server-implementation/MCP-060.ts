// Fixture for MCP-060: tool arguments and OAuth discovery data used as outbound URLs (TypeScript).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { discoverAuthorizationServerMetadata, extractResourceMetadataUrl } from "@modelcontextprotocol/sdk/client/auth.js";
import axios from "axios";
import { z } from "zod";

const NWS_API_BASE = "https://api.weather.gov";
const ALLOWED_HOSTS = ["docs.python.org", "developer.mozilla.org"];
const server = new McpServer({ name: "web", version: "1.0.0" });

async function makeNWSRequest<T>(url: string): Promise<T | null> {
  // ok: MCP-060 -- the callers fix the host; a helper's bare URL parameter is not reported
  const response = await fetch(url, { headers: { "User-Agent": "weather-app/1.0" } });
  return (await response.json()) as T;
}

class Preview {
  async title(page: string): Promise<string> {
    // ruleid: MCP-060 -- a method reached from the preview tool; the URL is built here (deep mode)
    const res = await axios.get(new URL(page).toString());
    return String(res.data).slice(0, 80);
  }
}

server.registerTool("fetch", { inputSchema: { url: z.string() } }, async ({ url }) => {
  // ruleid: MCP-060
  const res = await fetch(url, { redirect: "follow" });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("post_json", { inputSchema: { endpoint: z.string(), body: z.string() } }, async (args) => {
  // ruleid: MCP-060
  const res = await axios.post(args.endpoint, JSON.parse(args.body));
  return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
});

server.registerTool("preview", { inputSchema: { page: z.string() } }, async ({ page }) => {
  return { content: [{ type: "text", text: await new Preview().title(page) }] };
});

// An MCP client's hand-written OAuth code: the metadata comes from the server.
export async function registerClient(resourceResponse: Response, authServerUrl: string) {
  const metadataUrl = extractResourceMetadataUrl(resourceResponse);
  // ruleid: MCP-060 -- resource_metadata from WWW-Authenticate
  const prm = await fetch(metadataUrl!.toString());
  const meta = await discoverAuthorizationServerMetadata(authServerUrl);
  // ruleid: MCP-060 -- registration_endpoint from the authorization server's metadata
  await fetch(meta!.registration_endpoint!, { method: "POST", body: JSON.stringify({ client_name: "x" }) });
  return prm.json();
}

// ---- must not fire ---------------------------------------------------------

server.registerTool("alerts", { inputSchema: { state: z.string() } }, async ({ state }) => {
  // ok: MCP-060 -- the host is fixed by a constant base URL
  const data = await makeNWSRequest(`${NWS_API_BASE}/alerts?area=${state}`);
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});

server.registerTool("issues", { inputSchema: { repo: z.string() } }, async ({ repo }) => {
  // ok: MCP-060 -- a literal scheme and host: the input only reaches the path
  const res = await fetch(`https://api.github.com/repos/${repo}/issues`);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("fetch_allowed", { inputSchema: { url: z.string() } }, async ({ url }) => {
  if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) {
    throw new Error("host not allowed");
  }
  // ok: MCP-060 -- allow-listed host
  const res = await fetch(url, { redirect: "error" });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("fetch_checked", { inputSchema: { url: z.string() } }, async ({ url }) => {
  const u = new URL(url);
  if (u.protocol !== "https:" || !ALLOWED_HOSTS.includes(u.hostname)) {
    throw new Error("not allowed");
  }
  // ok: MCP-060 -- https and an allow-listed host, checked on the parsed URL
  const res = await fetch(u, { redirect: "error" });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("search", { inputSchema: { q: z.string(), page: z.number() } }, async ({ q, page }) => {
  // ok: MCP-060 -- the input is a query value on a constant URL
  const res = await axios.get("https://duckduckgo.com/html/", { params: { q, page } });
  return { content: [{ type: "text", text: String(res.data) }] };
});

async function warm(url: string) {
  // ok: MCP-060 -- no handler calls this helper
  await fetch(new URL(url));
}

async function githubRequest(url: string) {
  // ok: MCP-060 -- every caller builds the URL on a constant host (deep mode follows it here)
  return (await fetch(url)).json();
}

server.registerTool("file_contents", { inputSchema: { owner: z.string(), repo: z.string(), ref: z.string().optional() } }, async ({ owner, repo, ref }) => {
  let url = `https://api.github.com/repos/${owner}/${repo}/contents`;
  if (ref) {
    url += `?ref=${ref}`;
  }
  const data = await githubRequest(url);
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});

server.registerTool("proxy_get", { inputSchema: { target: z.string(), page: z.number() } }, async ({ target, page }) => {
  let url = target;
  url += `?page=${page}`;
  // ruleid: MCP-060 -- appending to a URL that is input fixes nothing
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("maybe_fixed", { inputSchema: { base: z.string(), id: z.string(), own: z.boolean() } }, async ({ base, id, own }) => {
  let url = base;
  if (own) {
    url = `https://api.example.com/items/`;
  }
  url += id;
  // ruleid: MCP-060 -- fixed on one path only
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("many", { inputSchema: { ids: z.array(z.string()) } }, async ({ ids }) => {
  const pages = await Promise.all(ids.map(async (id) => {
    let u = "https://api.example.com/items/" + id;
    u += "?full=1";
    // ok: MCP-060 -- a constant host, in a callback
    return (await fetch(u)).text();
  }));
  return { content: [{ type: "text", text: pages.join("\n") }] };
});
