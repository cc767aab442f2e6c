import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { mode: z.enum(["fast", "full"]) } }, async ({ mode }) => {
  execSync("make " + mode);
  return { content: [{ type: "text", text: "ok" }] };
});
