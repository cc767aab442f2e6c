// Fixture for MCP-084: paid LLM calls in TypeScript tools.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Anthropic from "@anthropic-ai/sdk";
import { openai as aiOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";
import OpenAI from "openai";
import { z } from "zod";

const server = new McpServer({ name: "assistant", version: "1.0.0" });
const openai = new OpenAI();
const anthropic = new Anthropic();

server.registerTool("summarize", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ruleid: MCP-084
  const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
  // ok: MCP-084 -- output capped
  const c = await openai.chat.completions.create({ model: "gpt-4o", max_tokens: 300, messages: [{ role: "user", content: text }] });
  return { content: [{ type: "text", text: `${r.choices[0].message.content}${c.choices[0].message.content}` }] };
});

server.registerTool("rewrite", { inputSchema: { text: z.string(), style: z.string() } }, async ({ text, style }) => {
  // ruleid: MCP-084
  const r = await generateText({ model: aiOpenAI("gpt-4o"), prompt: `Rewrite in a ${style} style:\n${text}` });
  // ok: MCP-084
  const c = await generateText({ model: aiOpenAI("gpt-4o"), maxOutputTokens: 400, prompt: `Rewrite in a ${style} style:\n${text}` });
  return { content: [{ type: "text", text: r.text + c.text }] };
});

server.registerTool("answer", { inputSchema: { question: z.string(), budget: z.number() } }, async ({ question, budget }) => {
  // ruleid: MCP-084 -- the caller picks the cap
  const r = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: budget, messages: [{ role: "user", content: question }] });
  // ok: MCP-084 -- clamped
  const c = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: Math.min(budget, 1024), messages: [{ role: "user", content: question }] });
  return { content: [{ type: "text", text: JSON.stringify([r.content, c.content]) }] };
});

server.registerTool("headline", { inputSchema: { text: z.string() } }, async ({ text }) => {
  if (text.length > 20000) throw new Error("text too long");
  // ok: MCP-084 -- input length checked first
  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
  return { content: [{ type: "text", text: r.choices[0].message.content ?? "" }] };
});
