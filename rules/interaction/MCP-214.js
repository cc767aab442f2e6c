// Fixture for MCP-214: a low-level JavaScript prompt handler.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { GetPromptRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "writing", version: "1.0.0" }, { capabilities: { prompts: {} } });

server.setRequestHandler(GetPromptRequestSchema, async (request) => {
  const topic = request.params.arguments?.topic ?? "";
  return {
    messages: [
      // ruleid: MCP-214
      { role: "user", content: { type: "text", text: `Write a blog post about ${topic}.` } },
      // ok: MCP-214
      { role: "user", content: { type: "text", text: "Use at most 300 words." } },
    ],
  };
});

module.exports = { server };
