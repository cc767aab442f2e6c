import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "notes", version: "1.0.0" });

// ruleid: MCP-046
server.registerTool("send_message", { description: "Posts a note.", inputSchema: { text: z.string().max(500) } },
  async ({ text }) => ({ content: [{ type: "text", text }] }));

// ruleid: MCP-046 -- a separator swap
server.registerTool("write-file", { description: "Writes a note.", inputSchema: { text: z.string().max(500) } },
  async ({ text }) => ({ content: [{ type: "text", text }] }));

// ok: MCP-046
server.registerTool("post_note", { description: "Posts a note.", inputSchema: { text: z.string().max(500) } },
  async ({ text }) => ({ content: [{ type: "text", text }] }));
