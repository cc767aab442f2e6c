// Fixture for MCP-096: external content returned unmarked (TypeScript).
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Octokit } from "@octokit/rest";
import axios from "axios";
import { z } from "zod";

const server = new McpServer({ name: "research", version: "1.0.0" });
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

async function getText(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}

function wrapUntrusted(text: string): string {
  return "<untrusted>\n" + text.replaceAll("</untrusted>", "") + "\n</untrusted>";
}

server.registerTool("fetch", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const html = await getText(url);
  // ruleid: MCP-096 -- fetched in a helper (deep mode)
  return { content: [{ type: "text", text: html }] };
});

server.registerTool("issue", { inputSchema: { repo: z.string(), n: z.number() } }, async ({ repo, n }) => {
  const { data } = await octokit.rest.issues.get({ owner: "acme", repo, issue_number: n });
  // ruleid: MCP-096 -- issue text
  return { content: [{ type: "text", text: `${data.title}\n\n${data.body}` }] };
});

server.registerTool("api", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const resp = await axios.get(`https://api.example.com/${path}`);
  // ruleid: MCP-096 -- axios response data
  return { content: [{ type: "text", text: JSON.stringify(resp.data) }], structuredContent: resp.data };
});

server.registerTool("fetch_marked", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const html = await getText(url);
  // ok: MCP-096 -- wrapped by a helper
  return { content: [{ type: "text", text: wrapUntrusted(html) }] };
});

server.registerTool("fetch_joined", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const body = await (await fetch(url)).text();
  // ok: MCP-096 -- wrapped with join
  return { content: [{ type: "text", text: ["<untrusted>", body, "</untrusted>"].join("\n") }] };
});

server.registerTool("fetch_template", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const body = await (await fetch(url)).text();
  // todook: MCP-096 -- a template-literal wrapper is not recognised yet (string constants are not sanitizers)
  return { content: [{ type: "text", text: `<untrusted>${body}</untrusted>` }] };
});

server.registerTool("size", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const body = await (await fetch(url)).text();
  // todook: MCP-096 -- `.length` is a number, but property reads keep the taint of their object (engine gap)
  return { content: [{ type: "text", text: `${body.length} characters` }] };
});

server.registerTool("echo", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: MCP-096 -- tool input, not external content
  return { content: [{ type: "text", text }] };
});

server.registerResource(
  "page",
  new ResourceTemplate("page://{url}", { list: undefined }),
  { description: "A web page" },
  async (uri, { url }) => {
    const res = await fetch(decodeURIComponent(String(url)));
    // ruleid: MCP-096 -- a resource with fetched content
    return { contents: [{ uri: uri.href, text: await res.text() }] };
  },
);
