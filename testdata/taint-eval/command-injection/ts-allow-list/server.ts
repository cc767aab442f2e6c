import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

const ALLOWED = ["status", "log", "diff"];
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  if (!ALLOWED.includes(arg)) {
    throw new Error("not allowed");
  }
  execSync("git " + arg);
  return { content: [{ type: "text", text: "ok" }] };
});
