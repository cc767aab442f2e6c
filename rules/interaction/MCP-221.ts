// Fixture for MCP-221: links in TypeScript tool output.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "docs", version: "1.0.0" });
const DOCS = "https://docs.example.com";

server.registerTool("cite", { inputSchema: { page: z.string(), source: z.string() } }, async ({ page, source }) => {
  const lines: string[] = [];
  // ruleid: MCP-221
  lines.push(`[source](${source})`);
  // ok: MCP-221 -- the host is a constant
  lines.push(`<a href="${DOCS}/${page}">${page}</a>`);
  // ruleid: MCP-221
  lines.push(`<a href="${source}">${page}</a>`);
  // ok: MCP-221 -- caller data only in the link text
  lines.push(`[${page}](${DOCS}/index.html)`);
  // ok: MCP-221 -- an image (MCP-220)
  lines.push(`![preview](${source})`);
  return { content: [{ type: "text", text: lines.join("\n") }] };
});

server.registerTool("safe_cite", { inputSchema: { source: z.string() } }, async ({ source }) => {
  const u = new URL(source);
  if (u.hostname !== "docs.example.com") throw new Error("host not allowed");
  // ok: MCP-221 -- host checked first
  return { content: [{ type: "text", text: `[source](${u.href})` }] };
});
