// Project fixture for MCP-003: a helper named like a validator that does
// not validate. Fast mode cannot read lib.ts and trusts the name; deep mode
// reads validatePath, sees it returns its input, and reports.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { validatePath } from "./lib.js";

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool("read", { inputSchema: { path: z.string() } }, async (args) => {
  const p = validatePath(args.path);
  // ruleid: MCP-003 -- deep mode reads the helper: it only trims the path
  return { content: [{ type: "text", text: await readFile(p, "utf8") }] };
});
