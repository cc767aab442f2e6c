import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { body: z.string() } }, async ({ body }) => {
  const fn = new Function("x", "return " + body);
  return { content: [{ type: "text", text: String(fn(2)) }] };
});
