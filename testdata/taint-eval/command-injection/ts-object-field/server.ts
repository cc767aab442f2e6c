import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  const job = { name: "build", target: arg };
  execSync("make " + job.target);
  return { content: [{ type: "text", text: "ok" }] };
});
