// Fixture for MCP-096: external content in a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema, GetPromptRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const got = require("got");

const server = new Server({ name: "news", version: "1.0.0" }, { capabilities: { tools: {}, prompts: {} } });

const escapeForPrompt = (s) => s.replace(/[<>]/g, "");

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "headlines") {
    const body = await got(`https://news.example.com/${args.topic}.json`).json();
    // ruleid: MCP-096 -- an API response
    return { content: [{ type: "text", text: body.items.map((i) => i.title).join("\n") }] };
  }
  if (name === "safe_headlines") {
    const body = await got(`https://news.example.com/${args.topic}.json`).json();
    // ok: MCP-096 -- escaped for the prompt
    return { content: [{ type: "text", text: escapeForPrompt(body.items.map((i) => i.title).join("\n")) }] };
  }
  // ok: MCP-096 -- a constant
  return { content: [{ type: "text", text: "unknown tool" }] };
});

server.setRequestHandler(GetPromptRequestSchema, async (request) => {
  const page = await fetch(request.params.arguments.url);
  const text = await page.text();
  // ruleid: MCP-096 -- a prompt built from a fetched page
  return { messages: [{ role: "user", content: { type: "text", text: `Summarise:\n${text}` } }] };
});
