// Fixture for MCP-503: a server that runs over stdio or HTTP.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.tool("ping", async () => {
  // ruleid: MCP-503
  console.log("ping");
  return { content: [{ type: "text", text: "pong" }] };
});

if (process.env.TRANSPORT === "http") {
  const app = express();
  app.post("/mcp", async (req, res) => {
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  // ok: MCP-503 -- HTTP mode
  app.listen(3000, "127.0.0.1", () => console.log("listening on 3000"));
} else {
  await server.connect(new StdioServerTransport());
}
