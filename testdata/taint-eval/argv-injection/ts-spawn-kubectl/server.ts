import { spawnSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { pod: z.string() } }, async ({ pod }) => {
  const res = spawnSync("kubectl", ["logs", pod]);
  return { content: [{ type: "text", text: res.stdout.toString() }] };
});
