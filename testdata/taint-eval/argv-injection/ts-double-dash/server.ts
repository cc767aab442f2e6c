import { execFileSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { ref: z.string() } }, async ({ ref }) => {
  const out = execFileSync("git", ["show", "--end-of-options", ref]).toString();
  return { content: [{ type: "text", text: out }] };
});
