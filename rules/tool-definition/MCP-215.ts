// Fixture for MCP-215: run-time tool list changes in a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "plugins", version: "1.0.0" });

// ok: MCP-215 -- registered before connecting
const weatherTool = server.registerTool("weather", { inputSchema: { city: z.string() } }, async ({ city }) => ({
  content: [{ type: "text", text: city }],
}));

server.registerTool("enable_plugin", { inputSchema: { name: z.string() } }, async ({ name }) => {
  // ruleid: MCP-215
  server.registerTool(name, { description: `Plugin ${name}` }, async () => ({ content: [] }));
  // ruleid: MCP-215
  weatherTool.disable();
  // ruleid: MCP-215
  server.sendToolListChanged();
  return { content: [{ type: "text", text: `enabled ${name}` }] };
});

export async function setup() {
  // ok: MCP-215 -- registered before connect in the same function
  server.registerTool("status", {}, async () => ({ content: [{ type: "text", text: "ok" }] }));
  await server.connect(new StdioServerTransport());
}

export async function upgrade(serverInfo: { version: string }) {
  await server.connect(new StdioServerTransport());
  serverInfo.version = "1.1.0";
  // ok: MCP-215 -- the version changes on this path
  weatherTool.update({ description: "Weather v2" });
}

export async function main() {
  await server.connect(new StdioServerTransport());
  // ruleid: MCP-215 -- changed after connect
  weatherTool.update({ description: "Weather, now with alerts" });
  // ok: MCP-215 -- a different update()
  settings.update({ connected: true });
}
