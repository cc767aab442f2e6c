import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.registerTool("t", { inputSchema: { x: z.number() } }, async ({ x }) => {
  const square = new Function("x", "return x * x");
  return { content: [{ type: "text", text: String(square(x)) }] };
});
