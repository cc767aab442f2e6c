import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

const ALLOWED_HOSTS = new Set(["api.github.com", "api.example.com"]);
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) {
    throw new Error("host not allowed");
  }
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});
