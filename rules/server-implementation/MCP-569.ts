// Fixture for MCP-569: a TypeScript file server without roots.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool("read_file", { inputSchema: { path: z.string() } }, async ({ path }) => {
  // ruleid: MCP-569
  const text = await fs.readFile(path, "utf8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("remove_file", { inputSchema: { path: z.string() } }, async ({ path }) => {
  // ruleid: MCP-569
  await fs.rm(path);
  return { content: [{ type: "text", text: "removed" }] };
});

server.registerTool("version", {}, async () => {
  // ok: MCP-569 -- a fixed path
  const pkg = await fs.readFile(new URL("../package.json", import.meta.url), "utf8");
  return { content: [{ type: "text", text: JSON.parse(pkg).version }] };
});
