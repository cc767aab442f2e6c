import { exec } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { arg: z.string() } }, async (args) => {
  let cmd = "ls -la ";
  cmd += args.arg;
  exec(cmd, () => {});
  return { content: [{ type: "text", text: "ok" }] };
});
