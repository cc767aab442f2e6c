// Fixture for MCP-560: a filesystem MCP server in TypeScript.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });
const allowedDirectories = process.argv.slice(2).map((d) => path.resolve(d));
const rootDir = path.resolve("/srv/data");
const rootWithSep = rootDir + path.sep;

async function validatePath(requested: string): Promise<string> {
  const real = await fs.realpath(path.resolve(requested));
  // ruleid: MCP-560
  const inside = allowedDirectories.some((dir) => real.startsWith(dir));
  // ruleid: MCP-560
  if (real.indexOf(rootDir) === 0 && inside) return real;
  // ok: MCP-560 -- separator appended
  if (allowedDirectories.some((dir) => real === dir || real.startsWith(dir + path.sep))) return real;
  // ok: MCP-560 -- bound to a value with a separator
  if (real.startsWith(rootWithSep)) return real;
  const rel = path.relative(rootDir, real);
  // ok: MCP-560 -- path.relative check
  if (!rel.startsWith("..") && !path.isAbsolute(rel)) return real;
  throw new Error("Access denied");
}

server.registerTool("read_file", { inputSchema: { path: z.string(), url: z.string() } }, async ({ path: p, url }) => {
  const real = await validatePath(p);
  // ok: MCP-560 -- URL prefix
  if (url.startsWith(process.env.BASE_URL ?? "")) console.error("same origin");
  return { content: [{ type: "text", text: await fs.readFile(real, "utf8") }] };
});
