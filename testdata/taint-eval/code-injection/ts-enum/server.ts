import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { op: z.enum(["add", "sub"]) } }, async ({ op }) => {
  const fn = new Function("a", "b", op === "add" ? "return a + b" : "return a - b");
  return { content: [{ type: "text", text: String(fn(1, 2)) }] };
});
