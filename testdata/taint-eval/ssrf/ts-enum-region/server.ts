import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { region: z.enum(["eu", "us"]) } }, async ({ region }) => {
  const res = await fetch(`https://${region}.api.example.com/status`);
  return { content: [{ type: "text", text: String(res.status) }] };
});
