// Fixture for MCP-268: the same server checking a per-launch token.
import { randomUUID } from "node:crypto";
import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const token = randomUUID();
const app = express();
app.use((req, res, next) => (req.headers.authorization === `Bearer ${token}` ? next() : res.sendStatus(401)));
server.registerTool("read_file", {}, readFileTool);
app.post("/mcp", async (req, res) => {
  // ok: MCP-268 -- per-launch token
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000, "localhost");
