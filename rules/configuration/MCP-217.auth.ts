// Fixture for MCP-217: the same server behind requireBearerAuth.
import { randomUUID } from "node:crypto";
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
app.use("/mcp", requireBearerAuth({ verifier, requiredScopes: ["tickets"] }));
app.post("/mcp", async (req, res) => {
  // ok: MCP-217 -- authenticated
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000);
