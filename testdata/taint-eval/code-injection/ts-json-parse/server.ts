import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { payload: z.string() } }, async ({ payload }) => {
  const data = JSON.parse(payload);
  return { content: [{ type: "text", text: String(Object.keys(data).length) }] };
});
