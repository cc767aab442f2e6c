import { readDoc } from "./storage.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  return { content: [{ type: "text", text: readDoc(name) }] };
});
