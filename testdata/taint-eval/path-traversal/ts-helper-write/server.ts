import * as fs from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

function save(file: string, data: string) {
  fs.writeFileSync(file, data);
}
server.registerTool("t", { inputSchema: { name: z.string(), body: z.string() } }, async ({ name, body }) => {
  save(`/srv/notes/${name}.md`, body);
  return { content: [{ type: "text", text: "saved" }] };
});
