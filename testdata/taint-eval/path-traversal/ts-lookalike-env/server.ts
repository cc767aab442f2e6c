import { readFileSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

const CONFIG = process.env.APP_CONFIG ?? "/etc/app.json";
server.registerTool("t", { inputSchema: { key: z.string() } }, async ({ key }) => {
  const cfg = JSON.parse(readFileSync(CONFIG, "utf8"));
  return { content: [{ type: "text", text: String(cfg[key] ?? "") }] };
});
