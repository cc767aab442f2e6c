import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });

// ruleid: MCP-567 -- a passthrough object
server.registerTool("patch", { description: "Patches.", inputSchema: z.object({ id: z.string() }).passthrough() },
  async (args) => ({ content: [] }));

// ok: MCP-567 -- a closed object
server.registerTool("get", { description: "Gets.", inputSchema: z.object({ id: z.string() }).strict() },
  async (args) => ({ content: [] }));
