// Fixture for MCP-084: the length limit is in the zod input schema.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import OpenAI from "openai";
import { z } from "zod";

const server = new McpServer({ name: "assistant", version: "1.0.0" });
const openai = new OpenAI();

server.registerTool("summarize", { inputSchema: { text: z.string().min(1).max(20000) } }, async ({ text }) => {
  // ok: MCP-084 -- input capped by the schema
  const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
  return { content: [{ type: "text", text: r.choices[0].message.content ?? "" }] };
});
