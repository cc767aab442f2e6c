import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { q: z.string() } }, async ({ q }) => {
  const res = await fetch("https://api.example.com/search", { method: "POST", body: JSON.stringify({ q }) });
  return { content: [{ type: "text", text: await res.text() }] };
});
