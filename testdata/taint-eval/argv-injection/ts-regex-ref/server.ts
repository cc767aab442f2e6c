import { execFileSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { ref: z.string().regex(/^[0-9a-f]{7,40}$/) } }, async ({ ref }) => {
  const out = execFileSync("git", ["show", ref]).toString();
  return { content: [{ type: "text", text: out }] };
});
