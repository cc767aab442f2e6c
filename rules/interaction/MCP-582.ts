// Fixture for MCP-582: stack traces in TypeScript tool results.
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "reports", version: "1.0.0" });

server.registerTool("build_report", { inputSchema: { month: z.string() } }, async ({ month }) => {
  try {
    return { content: [{ type: "text", text: await render(month) }] };
  } catch (err) {
    return {
      // ruleid: MCP-582
      content: [{ type: "text", text: `Report failed:\n${(err as Error).stack}` }],
      isError: true,
    };
  }
});

server.registerTool("export_csv", { inputSchema: { month: z.string() } }, async ({ month }) => {
  try {
    return { content: [{ type: "text", text: await exportCsv(month) }] };
  } catch (e: any) {
    const id = randomUUID().slice(0, 8);
    // ok: MCP-582 -- logged to stderr
    console.error(`export ${id} failed`, e.stack);
    // ok: MCP-582 -- generic message plus an ID
    return { content: [{ type: "text", text: `Export failed (error ${id}).` }], isError: true };
  }
});

server.registerTool("undo", { inputSchema: { steps: z.number() } }, async ({ steps }) => {
  // ok: MCP-582 -- an undo stack, not an error
  const last = history.stack.slice(-steps);
  return { content: [{ type: "text", text: `Undid ${last.length} steps` }] };
});

export function formatForLogs(err: Error) {
  // ok: MCP-582 -- not a tool handler
  return { message: err.message, stack: err.stack };
}
