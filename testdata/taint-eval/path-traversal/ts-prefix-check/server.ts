import { readFileSync } from "fs";
import path from "path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

const ROOT = "/srv/data";
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT)) {
    throw new Error("outside root");
  }
  return { content: [{ type: "text", text: readFileSync(full, "utf8") }] };
});
