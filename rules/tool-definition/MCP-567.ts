import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });

// ruleid: MCP-567 -- an empty input schema
server.registerTool("anything", { description: "Does anything.", inputSchema: {} },
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
