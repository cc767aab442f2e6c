// Fixture for MCP-580: the same field name in code that is not MCP code.
import { complete } from "./llm-gateway";

export async function ask(question: string) {
  // ok: MCP-580 -- not an MCP-context file
  return complete({ prompt: question, includeContext: "allServers" });
}
