// Fixture for MCP-211: sampling budgets in a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "writer", version: "1.0.0" });
const MAX_TOKENS = 600;
const MAX_ROUNDS = 5;

server.registerTool("draft", { inputSchema: { topic: z.string(), maxTokens: z.number() } }, async ({ topic, maxTokens }) => {
  const messages = [{ role: "user" as const, content: { type: "text" as const, text: topic } }];
  // ruleid: MCP-211 -- shorthand maxTokens from the arguments
  const a = await server.server.createMessage({ messages, maxTokens });
  // ok: MCP-211
  const b = await server.server.createMessage({ messages, maxTokens: MAX_TOKENS });
  // ok: MCP-211 -- clamped
  const c = await server.server.createMessage({ messages, maxTokens: Math.min(maxTokens, MAX_TOKENS) });
  return { content: [a.content, b.content, c.content] };
});

server.registerTool("refine", { inputSchema: { text: z.string() } }, async ({ text }) => {
  let current = text;
  // ruleid: MCP-211
  while (!current.includes("FINAL")) {
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: current } }], maxTokens: MAX_TOKENS });
    current = r.content.type === "text" ? r.content.text : current;
  }
  let rounds = 0;
  // ok: MCP-211 -- bounded by a counter
  while (!current.includes("DONE") && rounds < MAX_ROUNDS) {
    rounds++;
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: current } }], maxTokens: MAX_TOKENS });
    current = r.content.type === "text" ? r.content.text : current;
  }
  return { content: [{ type: "text", text: current }] };
});

server.registerTool("summarize_all", { inputSchema: { docs: z.array(z.string()) } }, async ({ docs }) => {
  const out: string[] = [];
  // ruleid: MCP-211
  for (const doc of docs) {
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: doc } }], maxTokens: MAX_TOKENS });
    out.push(r.content.type === "text" ? r.content.text : "");
  }
  // ok: MCP-211 -- sliced to a constant
  for (const doc of docs.slice(0, MAX_ROUNDS)) {
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: doc } }], maxTokens: MAX_TOKENS });
    out.push(r.content.type === "text" ? r.content.text : "");
  }
  return { content: [{ type: "text", text: out.join("\n") }] };
});
