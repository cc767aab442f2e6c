// Fixture for MCP-217 in CommonJS: createMcpExpressApp, but listening on 0.0.0.0.
const { createMcpExpressApp } = require("@modelcontextprotocol/sdk/server/express.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");

const app = createMcpExpressApp();
app.post("/mcp", async (req, res) => {
  // ruleid: MCP-217
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000, "0.0.0.0");
