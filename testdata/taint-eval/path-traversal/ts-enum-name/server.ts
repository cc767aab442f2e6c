import { readFileSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { doc: z.enum(["readme", "license"]) } }, async ({ doc }) => {
  return { content: [{ type: "text", text: readFileSync(`/srv/docs/${doc}.md`, "utf8") }] };
});
