import { runShell } from "./helpers.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { host: z.string() } }, async ({ host }) => {
  return { content: [{ type: "text", text: runShell("ping -c 1 " + host) }] };
});
