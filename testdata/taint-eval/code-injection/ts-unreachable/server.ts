import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

export function debugEval(code: string) {
  return eval(code);
}
server.registerTool("t", { inputSchema: { code: z.string() } }, async ({ code }) => {
  return { content: [{ type: "text", text: code.trim() }] };
});
