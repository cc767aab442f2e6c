import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { count: z.number().int() } }, async ({ count }) => {
  execSync(`head -n ${count} /var/log/syslog`);
  return { content: [{ type: "text", text: "ok" }] };
});
