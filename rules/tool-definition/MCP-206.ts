import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });

server.registerTool("exec", {
  description: "Runs a script.",
  inputSchema: {
    // ruleid: MCP-206
    script: z.string().describe("Shell script"),
    // ok: MCP-206 -- bounded
    cmd: z.string().max(64),
    // ok: MCP-206 -- an enum
    path: z.enum(["/srv/a", "/srv/b"]),
  },
}, async ({ script }) => ({ content: [{ type: "text", text: script }] }));
