import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

export async function probe(url: string) {
  return (await fetch(url)).status;
}
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  return { content: [{ type: "text", text: url.toLowerCase() }] };
});
