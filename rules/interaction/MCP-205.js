// Fixture for MCP-205 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const OpenAI = require("openai");

const openai = new OpenAI();
const server = new Server({ name: "assistant", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { arguments: args } = request.params;
  const resp = await openai.chat.completions.create({
    model: "gpt-4.1",
    messages: [
      // ruleid: MCP-205
      { role: "developer", content: "Act as " + args.role },
      // ok: MCP-205 -- user role
      { role: "user", content: args.question },
    ],
  });
  // ruleid: MCP-205
  const r2 = await openai.responses.create({ model: "gpt-4.1", instructions: request.params.arguments.rules, input: "go" });
  return { content: [{ type: "text", text: (resp.choices[0].message.content ?? "") + r2.output_text }] };
});
