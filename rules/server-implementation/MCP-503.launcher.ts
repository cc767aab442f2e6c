// Fixture for MCP-503: a file that is a stdio server when started with
// --serve, and otherwise launches itself as a child and prints its output.
import { spawn } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });
server.registerTool("ping", {}, async () => {
  // ruleid: MCP-503
  console.log("ping");
  return { content: [{ type: "text", text: "pong" }] };
});

if (process.argv.includes("--serve")) {
  await server.connect(new StdioServerTransport());
} else {
  const child = spawn(process.execPath, [process.argv[1], "--serve"]);
  // ok: MCP-503 -- the launcher process, whose stdout is not the protocol stream
  child.stdout.on("data", (chunk) => console.log(`[child] ${chunk}`));
}
