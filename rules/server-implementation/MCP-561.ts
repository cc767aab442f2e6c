// Fixture for MCP-561: lexical containment in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });
const allowedDirectories = ["/srv/data", "/srv/shared"].map((d) => path.resolve(d));

function validateLexically(requested: string): string {
  const absolute = path.resolve(requested);
  const normalized = path.normalize(absolute);
  // todoruleid: MCP-561 -- the check is in an arrow callback; function_matches reads only the innermost function
  const ok = allowedDirectories.some((dir) => normalized.startsWith(dir + path.sep));
  if (!ok) throw new Error("Access denied");
  // ruleid: MCP-561
  if (!normalized.startsWith(allowedDirectories[0] + path.sep)) throw new Error("Access denied");
  return normalized;
}

function listRelative(root: string, entries: string[]): string[] {
  const base = path.resolve(root);
  // ok: MCP-561 -- a display path, not a containment check
  return entries.map((e) => path.relative(base, path.join(base, e)));
}

async function validateResolved(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  const real = await fs.realpath(absolute);
  // ok: MCP-561 -- fs.realpath resolves links
  const ok = allowedDirectories.some((dir) => real.startsWith(dir + path.sep));
  if (!ok) throw new Error("Access denied");
  return real;
}

server.registerTool("read_file", { inputSchema: { path: z.string() } }, async ({ path: p }) => {
  const a = validateLexically(p);
  const b = await validateResolved(p);
  // ok: MCP-561 -- a string check on a URL, not a path
  const isHttps = p.startsWith("https://");
  return { content: [{ type: "text", text: (await fs.readFile(a, "utf8")) + b + isHttps }] };
});
