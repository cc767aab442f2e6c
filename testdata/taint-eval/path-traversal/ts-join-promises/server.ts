import fs from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = path.join("/srv/data", name);
  const text = await fs.readFile(full, "utf8");
  return { content: [{ type: "text", text }] };
});
