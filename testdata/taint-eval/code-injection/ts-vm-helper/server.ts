import vm from "node:vm";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

function sandboxed(code: string) {
  return vm.runInNewContext(code, {});
}
server.registerTool("t", { inputSchema: { code: z.string() } }, async ({ code }) => {
  return { content: [{ type: "text", text: String(sandboxed(code)) }] };
});
