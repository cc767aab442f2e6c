// Fixture for MCP-545: a TypeScript agent host.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();
const client = new Client({ name: "agent", version: "1.0.0" });

export async function runTurn(messages: Anthropic.MessageParam[], tools: Anthropic.Tool[]) {
  const reply = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages, tools });
  const results = [];
  for (const block of reply.content) {
    if (block.type !== "tool_use") continue;
    // ruleid: MCP-545
    results.push(await client.callTool({ name: block.name, arguments: block.input as Record<string, unknown> }));
  }
  return results;
}

export async function runTurnWithApproval(reply: Anthropic.Message, approve: (name: string) => Promise<boolean>) {
  const results = [];
  for (const block of reply.content) {
    if (block.type !== "tool_use" || !(await approve(block.name))) continue;
    // ok: MCP-545
    results.push(await client.callTool({ name: block.name, arguments: block.input as Record<string, unknown> }));
  }
  return results;
}

export function autoApprove(tool: Tool): boolean {
  // ruleid: MCP-545
  return tool.annotations?.readOnlyHint === true && !tool.annotations?.destructiveHint;
}

export function trustedAutoApprove(tool: Tool, serverId: string, trustedServers: Set<string>): boolean {
  // ok: MCP-545 -- only for servers the user trusts
  return trustedServers.has(serverId) && tool.annotations?.readOnlyHint === true;
}

export function label(tool: Tool): string {
  // ok: MCP-545 -- display only
  return tool.annotations?.readOnlyHint ? "read-only" : "may write";
}
