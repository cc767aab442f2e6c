// Fixture for MCP-223: tag characters in tool results (TypeScript).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "notes", version: "1.0.0" });
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;

function removeInvisible(s: string): string {
  return s.replace(TAG_CHARS, "");
}

function banner(s: string): string {
  return `*** ${s} ***`;
}

server.registerTool("shout", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ruleid: MCP-223 -- input echoed through a helper
  return { content: [{ type: "text", text: banner(text.toUpperCase()) }] };
});

server.registerTool("title", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const html = await (await fetch(url)).text();
  const title = html.match(/<title>(.*?)<\/title>/)?.[1] ?? "";
  // ruleid: MCP-223 -- external content
  return { content: [{ type: "text", text: title }] };
});

server.registerTool("shout_clean", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: MCP-223 -- a named sanitizer
  return { content: [{ type: "text", text: banner(removeInvisible(text).toUpperCase()) }] };
});

server.registerTool("shout_inline", { inputSchema: { text: z.string() } }, async ({ text }) => {
  const clean = text.replace(/[^\x20-\x7E]/g, "");
  // ok: MCP-223 -- everything outside printable ASCII removed
  return { content: [{ type: "text", text: clean }] };
});

server.registerTool("shout_checked", { inputSchema: { text: z.string() } }, async ({ text }) => {
  if (!/^[\x20-\x7E]*$/.test(text)) {
    throw new Error("printable ASCII only");
  }
  // ok: MCP-223 -- checked first
  return { content: [{ type: "text", text }] };
});

server.registerTool(
  "config",
  { inputSchema: { level: z.enum(["low", "high"]), n: z.number().int() } },
  async ({ level, n }) => {
    // ok: MCP-223 -- an enumeration and a number
    return { content: [{ type: "text", text: `level ${level}, n ${n}` }] };
  },
);
