import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { expr: z.string() } }, async ({ expr }) => {
  const value = eval(expr);
  return { content: [{ type: "text", text: String(value) }] };
});
