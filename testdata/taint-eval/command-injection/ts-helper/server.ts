import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

function run(command: string): string {
  return execSync(command).toString();
}
const build = (a: string) => "grep -r " + a + " .";
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  return { content: [{ type: "text", text: run(build(arg)) }] };
});
