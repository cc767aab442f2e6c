import { getPage } from "./client.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { q: z.string() } }, async ({ q }) => {
  const page = await getPage("https://status.example.com/");
  return { content: [{ type: "text", text: page + q }] };
});
