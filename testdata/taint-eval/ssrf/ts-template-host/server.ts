import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { host: z.string() } }, async ({ host }) => {
  const res = await fetch(`http://${host}:8080/health`);
  return { content: [{ type: "text", text: String(res.status) }] };
});
