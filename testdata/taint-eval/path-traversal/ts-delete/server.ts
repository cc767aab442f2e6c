import { rmSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { dir: z.string() } }, async (args) => {
  rmSync("/tmp/work/" + args.dir, { recursive: true });
  return { content: [{ type: "text", text: "removed" }] };
});
