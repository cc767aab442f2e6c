// Fixture for MCP-580: a low-level JavaScript server sending raw requests.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CreateMessageResultSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "raw", version: "1.0.0" }, { capabilities: { tools: {} } });

async function sample(text) {
  return server.request(
    {
      method: "sampling/createMessage",
      params: {
        messages: [{ role: "user", content: { type: "text", text } }],
        maxTokens: 100,
        // ruleid: MCP-580
        "includeContext": "allServers",
      },
    },
    CreateMessageResultSchema,
  );
}

async function sampleQuietly(text) {
  return server.request(
    {
      method: "sampling/createMessage",
      // ok: MCP-580
      params: { messages: [{ role: "user", content: { type: "text", text } }], maxTokens: 100, includeContext: "none" },
    },
    CreateMessageResultSchema,
  );
}

module.exports = { sample, sampleQuietly };
