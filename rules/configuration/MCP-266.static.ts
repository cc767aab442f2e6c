// Fixture for MCP-266: a server protected by one shared bearer token. All
// callers are the same principal, so there is no user to bind a session to.
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const transports: Record<string, StreamableHTTPServerTransport> = {};
app.use((req, res, next) => (req.headers.authorization === `Bearer ${process.env.MCP_TOKEN}` ? next() : res.sendStatus(401)));
app.post("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string;
  // ok: MCP-266 -- one shared token: no per-user identity to bind to
  const transport = transports[sessionId];
  await transport.handleRequest(req, res, req.body);
});
