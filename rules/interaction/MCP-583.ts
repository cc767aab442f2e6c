// Fixture for MCP-583: URL-mode elicitation in a TypeScript server.
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "payments", version: "1.0.0" });
const PORTAL = "https://pay.example.com";

server.registerTool("add_card", { inputSchema: { email: z.string().email() } }, async ({ email }, extra) => {
  const elicitationId = randomUUID();
  const a = await server.server.elicitInput({
    mode: "url",
    message: "Add a card",
    // ruleid: MCP-583
    url: `${PORTAL}/cards/new?email=${encodeURIComponent(email)}`,
    elicitationId,
  });
  // ruleid: MCP-583 -- the caller's bearer token in the link
  const b = await server.server.elicitInput({ mode: "url", message: "Add a card", url: `${PORTAL}/cards?x=${extra.authInfo?.token}`, elicitationId });
  const url = `${PORTAL}/cards/new?` + new URLSearchParams({ token: extra.authInfo!.token, id: elicitationId });
  // ruleid: MCP-583 -- shorthand property bound in the same function
  const c = await server.server.elicitInput({ mode: "url", message: "Add a card", url, elicitationId });
  const d = await server.server.elicitInput({
    mode: "url",
    message: "Add a card",
    // ok: MCP-583 -- only the opaque ID
    url: `${PORTAL}/cards/new/${elicitationId}`,
    elicitationId,
  });
  const f = await server.server.elicitInput({
    mode: "url",
    message: "Add a card",
    // ok: MCP-583 -- only the opaque ID, as a query parameter
    url: `${PORTAL}/cards/new?id=${elicitationId}`,
    elicitationId,
  });
  const e = await server.server.elicitInput({
    message: "Which card?",
    requestedSchema: { type: "object", properties: { last4: { type: "string" } } },
    // ok: MCP-583 -- a form-mode request; url is a form default, not a link
    url: "https://pay.example.com/help?user=guest",
  } as any);
  return { content: [a, b, c, d, e, f].map((r) => ({ type: "text" as const, text: r.action })) };
});
