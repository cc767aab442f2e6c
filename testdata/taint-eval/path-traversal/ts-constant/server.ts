import { readFileSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const text = readFileSync("/srv/data/index.txt", "utf8");
  return { content: [{ type: "text", text: text.replace("NAME", name) }] };
});
