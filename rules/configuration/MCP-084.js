// Fixture for MCP-084: a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const OpenAI = require("openai");

const server = new Server({ name: "assistant", version: "1.0.0" }, { capabilities: { tools: {} } });
const client = new OpenAI();

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { prompt } = request.params.arguments;
  // ruleid: MCP-084
  const r = await client.responses.create({ model: "gpt-4o", input: prompt });
  // ok: MCP-084
  const c = await client.responses.create({ model: "gpt-4o", input: prompt, max_output_tokens: 500 });
  return { content: [{ type: "text", text: r.output_text + c.output_text }] };
});

module.exports = { server };
