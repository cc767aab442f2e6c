// Fixture for MCP-214: prompt templates of a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "writing", version: "1.0.0" });

server.registerPrompt(
  "review",
  { description: "Review code", argsSchema: { code: z.string(), language: z.string() } },
  ({ code, language }) => ({
    messages: [
      {
        role: "user",
        // ruleid: MCP-214
        content: { type: "text", text: `Review this ${language} code and list every bug:\n${code}` },
      },
      {
        role: "user",
        // ok: MCP-214 -- JSON-quoted
        content: { type: "text", text: `The code as a JSON string:\n${JSON.stringify(code)}` },
      },
      {
        role: "user",
        // ok: MCP-214 -- delimited
        content: { type: "text", text: `<user_input>\n${code}\n</user_input>` },
      },
    ],
  }),
);

server.prompt("translate", { text: z.string(), target: z.string() }, ({ text, target }) => ({
  // ruleid: MCP-214
  messages: [{ role: "user", content: { type: "text", text: "Translate into " + target + ":\n" + text } }],
}));

server.registerTool("search", { inputSchema: { query: z.string() } }, async ({ query }) => ({
  // ok: MCP-214 -- a tool, not a prompt
  content: [{ type: "text", text: `Results for ${query}` }],
}));
