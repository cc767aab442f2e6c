import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

export function maintenance(command: string) {
  execSync(command);
}
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  return { content: [{ type: "text", text: arg.toUpperCase() }] };
});
