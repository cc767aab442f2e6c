// Fixture for MCP-223: tag characters in tool results (TypeScript).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { readFile } from "node:fs/promises";
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

async function loadNote(path: string): Promise<string> {
  return fs.promises.readFile(path, "utf8");
}

// ---- external content returned: reported

server.registerTool("title", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const html = await (await fetch(url)).text();
  const title = html.match(/<title>(.*?)<\/title>/)?.[1] ?? "";
  // ruleid: MCP-223 -- an HTTP response
  return { content: [{ type: "text", text: title }] };
});

server.registerTool("read_note", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = await readFile(path, "utf8");
  // ruleid: MCP-223 -- a file read at a path the model chose (fs/promises)
  return { content: [{ type: "text", text }] };
});

server.registerTool("read_sync", { inputSchema: { path: z.string() } }, async ({ path }) => {
  // ruleid: MCP-223 -- fs.readFileSync
  return { content: [{ type: "text", text: fs.readFileSync(path, "utf8") }] };
});

server.registerTool("git_log", { inputSchema: { repo: z.string() } }, async ({ repo }) => {
  const out = execFileSync("git", ["-C", repo, "log", "-n", "10"], { encoding: "utf8" });
  // ruleid: MCP-223 -- command output
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("shout_note", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = await readFile(path, "utf8");
  // ruleid: MCP-223 -- a file read passed through a helper
  return { content: [{ type: "text", text: banner(text.toUpperCase()) }] };
});

server.registerTool("open_note", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = await loadNote(path);
  // ruleid: MCP-223 -- the helper reads the file (deep mode)
  return { content: [{ type: "text", text }] };
});

// ---- the tool's own input echoed back: not reported

server.registerTool("shout", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: MCP-223 -- tool input echoed through a helper
  return { content: [{ type: "text", text: banner(text.toUpperCase()) }] };
});

server.registerTool("write_note", { inputSchema: { path: z.string(), body: z.string() } }, async ({ path, body }) => {
  await fs.promises.writeFile(path, body);
  // ok: MCP-223 -- the old noise: "Successfully wrote to <path>"
  return { content: [{ type: "text", text: `Successfully wrote to ${path}` }] };
});

// ---- external content sanitized: not reported

server.registerTool("read_clean", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = await readFile(path, "utf8");
  // ok: MCP-223 -- a named sanitizer
  return { content: [{ type: "text", text: banner(removeInvisible(text).toUpperCase()) }] };
});

server.registerTool("read_compiled", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = (await readFile(path, "utf8")).replace(TAG_CHARS, "");
  // ok: MCP-223 -- the file's compiled tag pattern
  return { content: [{ type: "text", text }] };
});

server.registerTool("title_ascii", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  const html = await (await fetch(url)).text();
  const clean = html.replace(/[^\x20-\x7E]/g, "");
  // ok: MCP-223 -- everything outside printable ASCII removed
  return { content: [{ type: "text", text: clean }] };
});

server.registerTool("branch_checked", { inputSchema: { repo: z.string() } }, async ({ repo }) => {
  const branch = execFileSync("git", ["-C", repo, "branch", "--show-current"], { encoding: "utf8" }).trim();
  if (!/^[\x20-\x7E]*$/.test(branch)) {
    throw new Error("printable ASCII only");
  }
  // ok: MCP-223 -- checked first
  return { content: [{ type: "text", text: `on branch ${branch}` }] };
});

// ---- nothing external

server.registerTool(
  "config",
  { inputSchema: { level: z.enum(["low", "high"]), n: z.number().int() } },
  async ({ level, n }) => {
    // ok: MCP-223 -- an enumeration and a number
    return { content: [{ type: "text", text: `level ${level}, n ${n}` }] };
  },
);

export async function notATool(path: string): Promise<string> {
  // ok: MCP-223 -- not a tool handler
  return readFile(path, "utf8");
}
