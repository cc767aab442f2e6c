// Fixture for MCP-583: a raw elicitation/create request in JavaScript.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { ElicitResultSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "docs", version: "1.0.0" }, { capabilities: { tools: {} } });

async function signIn(sessionId, id) {
  return server.request(
    {
      method: "elicitation/create",
      params: {
        mode: "url",
        message: "Sign in to the wiki",
        // ruleid: MCP-583
        url: "https://wiki.example.com/sso?session=" + sessionId,
        elicitationId: id,
      },
    },
    ElicitResultSchema,
  );
}

async function signInSafely(id) {
  return server.request(
    {
      method: "elicitation/create",
      // ok: MCP-583
      params: { mode: "url", message: "Sign in to the wiki", url: "https://wiki.example.com/sso/" + id, elicitationId: id },
    },
    ElicitResultSchema,
  );
}

module.exports = { signIn, signInSafely };
