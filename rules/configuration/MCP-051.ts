// Fixture for MCP-051: an MCP server (TypeScript SDK) without auth.
import { exec } from "node:child_process";
import { rm, readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });

// ruleid: MCP-051
server.registerTool("delete", { inputSchema: { path: z.string() } }, async ({ path }) => {
  await rm(path, { recursive: true });
  return { content: [{ type: "text", text: "deleted" }] };
});

// ok: MCP-051 -- logs the side effect
server.registerTool("restart", { inputSchema: { name: z.string() } }, async ({ name }) => {
  console.error("restarting", name);
  exec(`systemctl restart ${name}`);
  return { content: [{ type: "text", text: "restarted" }] };
});

// ok: MCP-051 -- reads only
server.registerTool("read", { inputSchema: { path: z.string() } }, async ({ path }) => {
  try {
    return { content: [{ type: "text", text: await readFile(path, "utf8") }] };
  // ruleid: MCP-051
  } catch {
    // ignore
  }
  return { content: [{ type: "text", text: "" }] };
});

server.registerTool("peek", { inputSchema: { path: z.string() } }, async ({ path }) => {
  try {
    return { content: [{ type: "text", text: await readFile(path, "utf8") }] };
  // ok: MCP-051 -- reported as a tool error
  } catch (err) {
    return { isError: true, content: [{ type: "text", text: String(err) }] };
  }
});

server.registerTool("warm", {}, async () => {
  // ruleid: MCP-051
  fetch("https://cache.internal/warm").catch(() => {});
  return { content: [{ type: "text", text: "ok" }] };
});

export async function helper(path: string) {
  try {
    await rm(path);
  // ok: MCP-051 -- not inside an MCP handler
  } catch {}
}
