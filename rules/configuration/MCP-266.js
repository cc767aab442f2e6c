// Fixture for MCP-266 in CommonJS: an authenticated SSE server.
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");

const sessions = {};
app.get("/sse", requireBearerAuth({ verifier }), async (req, res) => {
  const transport = new SSEServerTransport("/messages", res);
  sessions[transport.sessionId] = transport;
});
app.post("/messages", requireBearerAuth({ verifier }), async (req, res) => {
  const sessionId = req.query.sessionId;
  // ruleid: MCP-266
  const transport = sessions[sessionId];
  await transport.handlePostMessage(req, res, req.body);
});
app.post("/messages2", requireBearerAuth({ verifier }), async (req, res) => {
  // ok: MCP-266 -- the caller's identity is part of the key
  const transport = sessions[req.auth.clientId + ":" + req.query.sessionId];
  await transport.handlePostMessage(req, res, req.body);
});
