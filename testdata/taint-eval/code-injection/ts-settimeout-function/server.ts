import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { action: z.string() } }, async ({ action }) => {
  setTimeout(() => console.error(action), 10);
  return { content: [{ type: "text", text: "scheduled" }] };
});
