import { writeFileSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

export function dump(file: string, data: string) {
  writeFileSync(file, data);
}
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  return { content: [{ type: "text", text: name.split("").reverse().join("") }] };
});
