// Fixture for MCP-280: form-mode elicitation in a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "bank", version: "1.0.0" });

const TOKEN_SCHEMA = {
  type: "object" as const,
  properties: { token: { type: "string" as const, title: "GitHub token" } },
};

server.registerTool("transfer", { inputSchema: { amount: z.number() } }, async ({ amount }) => {
  // ruleid: MCP-280
  const a = await server.server.elicitInput({
    message: `Approve ${amount} EUR`,
    requestedSchema: { type: "object", properties: { password: { type: "string" } }, required: ["password"] },
  });
  // ruleid: MCP-280 -- a schema constant of the file
  const b = await server.server.elicitInput({ mode: "form", message: "Connect GitHub", requestedSchema: TOKEN_SCHEMA });
  // ruleid: MCP-280
  const c = await server.server.elicitInput({ message: "Enter the one-time code we sent you", requestedSchema: { type: "object", properties: { code: { type: "string" } } } });
  // ok: MCP-280
  const d = await server.server.elicitInput({ message: `Approve ${amount} EUR?`, requestedSchema: { type: "object", properties: { approve: { type: "boolean" } } } });
  // ok: MCP-280 -- a token budget, not a credential
  const e = await server.server.elicitInput({ message: "Summary length", requestedSchema: { type: "object", properties: { maxTokens: { type: "integer" } } } });
  // ok: MCP-280 -- URL mode
  const f = await server.server.elicitInput({ mode: "url", message: "Enter your password on our site", url: "https://bank-mcp.example.com/login/1a2b", elicitationId: "1a2b" });
  return { content: [a, b, c, d, e, f].map((r) => ({ type: "text" as const, text: r.action })) };
});
