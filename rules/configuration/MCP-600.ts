// Fixture for MCP-600: a TypeScript host launching stdio servers.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { spawn } from "node:child_process";

const inherited = process.env as Record<string, string>;

const t1 = new StdioClientTransport({
  command: "npx",
  args: ["-y", "@acme/notes-mcp"],
  // ruleid: MCP-600
  env: process.env as Record<string, string>,
});
const t2 = new StdioClientTransport({
  command: "npx",
  args: ["-y", "@acme/notes-mcp"],
  // ruleid: MCP-600
  env: { ...process.env, NOTES_DIR: "/srv/notes" } as Record<string, string>,
});
const t3 = new StdioClientTransport({
  command: "npx",
  args: ["-y", "@acme/notes-mcp"],
  // ruleid: MCP-600 -- a constant of the file
  env: inherited,
});
const t4 = new StdioClientTransport({
  command: "npx",
  args: ["-y", "@acme/notes-mcp"],
  // ok: MCP-600
  env: { ...getDefaultEnvironment(), NOTES_TOKEN: process.env.NOTES_TOKEN ?? "" },
});
// ok: MCP-600 -- env omitted: the SDK uses getDefaultEnvironment()
const t5 = new StdioClientTransport({ command: "npx", args: ["-y", "@acme/notes-mcp"] });
const t6 = new StdioClientTransport({
  command: "npx",
  // ruleid: MCP-600
  args: ["-y", "@acme/notes-mcp", "--token", process.env.NOTES_TOKEN ?? ""],
});
const t7 = new StdioClientTransport({
  command: "npx",
  // ok: MCP-600
  args: ["-y", "@acme/notes-mcp", "--root", "/srv/notes"],
});

// ok: MCP-600 -- a build step, not a server launch
const build = spawn("npm", ["run", "build"], { env: process.env, stdio: "inherit" });

export async function connectAll() {
  for (const t of [t1, t2, t3, t4, t5, t6, t7]) {
    await new Client({ name: "host", version: "1.0.0" }).connect(t);
  }
  return build;
}
