import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });

// ok: MCP-567 -- an empty zod shape: z.object({}) strips whatever the model sends
server.registerTool("whoami", { description: "Who am I.", inputSchema: {} },
  async () => ({ content: [] }));

// ruleid: MCP-567 -- an open zod object passes every key through
server.registerTool("anything", { description: "Does anything.", inputSchema: z.object({}).passthrough() },
  async (args) => ({ content: [] }));

server.registerTool("set", {
  description: "Sets a value.",
  inputSchema: {
    // ruleid: MCP-567
    value: z.any(),
    // ok: MCP-567
    key: z.string().max(40),
  },
}, async ({ key }) => ({ content: [] }));
