// Fixture for MCP-503: a stdio MCP server (TypeScript SDK) that logs to stdout.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.registerTool("add_note", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ruleid: MCP-503
  console.log("adding note", text);
  // ruleid: MCP-503
  console.info(`note length ${text.length}`);
  // ok: MCP-503 -- stderr
  console.error("adding note", text);
  // ok: MCP-503 -- stderr
  console.warn("slow disk");
  return { content: [{ type: "text", text: "ok" }] };
});

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: MCP-503
  process.stdout.write("ready\n");
  // ok: MCP-503 -- stderr
  process.stderr.write("ready\n");
}

// ok: MCP-503 -- a logger object of the program, not the console
logger.log("info", "starting");
main();
