import fs from "fs";
import path from "path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

const ROOT = "/srv/data";
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = fs.realpathSync(path.join(ROOT, name));
  const rel = path.relative(ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("outside root");
  }
  return { content: [{ type: "text", text: fs.readFileSync(full, "utf8") }] };
});
