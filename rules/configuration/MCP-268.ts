// Fixture for MCP-268: a local Express MCP server with tools on loopback.
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });
server.registerTool("read_file", { inputSchema: { path: z.string() } }, async ({ path }) => ({
  content: [{ type: "text", text: await readFile(path, "utf8") }],
}));

const app = createMcpExpressApp();
app.post("/mcp", async (req, res) => {
  // ruleid: MCP-268
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

export async function callUpstream(token: string) {
  // ok: MCP-268 -- an outgoing header is not inbound authentication
  return fetch("https://api.example.com", { headers: { Authorization: `Bearer ${token}` } });
}

app.listen(3000, "127.0.0.1");
