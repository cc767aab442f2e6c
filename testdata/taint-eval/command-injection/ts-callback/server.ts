import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { files: z.array(z.string()) } }, async ({ files }) => {
  files.forEach((f) => {
    execSync("wc -l " + f);
  });
  return { content: [{ type: "text", text: "ok" }] };
});
