import { readFileSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = readFileSync(path, "utf8");
  return { content: [{ type: "text", text }] };
});
