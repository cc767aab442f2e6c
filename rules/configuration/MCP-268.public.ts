// Fixture for MCP-268: a server listening on every interface is MCP-217's.
import { randomUUID } from "node:crypto";
import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
server.registerTool("read_file", {}, readFileTool);
app.post("/mcp", async (req, res) => {
  // ok: MCP-268 -- not loopback: MCP-217 owns it
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000);
