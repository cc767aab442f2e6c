// Fixture for MCP-283: an authenticated MCP server (TypeScript SDK).
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "payments", version: "1.0.0" });
const app = express();
app.use("/mcp", requireBearerAuth({ verifier, requiredScopes: ["payments"] }));

// ruleid: MCP-283
server.registerTool("refund", { inputSchema: { orderId: z.string() } }, async ({ orderId }) => {
  await gateway.refund(orderId);
  return { content: [{ type: "text", text: "refunded" }] };
});

// ruleid: MCP-283
server.tool("balance", { account: z.string() }, async ({ account }) => ({
  content: [{ type: "text", text: String(await gateway.balance(account)) }],
}));

// ok: MCP-283 -- logs the call with the caller
server.registerTool("charge", { inputSchema: { orderId: z.string() } }, async ({ orderId }, extra) => {
  logger.info({ tool: "charge", orderId, client: extra.authInfo?.clientId });
  return { content: [{ type: "text", text: await gateway.charge(orderId) }] };
});

// ruleid: MCP-283
async function voidOrder({ orderId }: { orderId: string }) {
  return { content: [{ type: "text", text: await gateway.void(orderId) }] };
}
// ok: MCP-283 -- the registration; the finding is on the function
server.registerTool("void", { inputSchema: { orderId: z.string() } }, voidOrder);

// ok: MCP-283 -- a prompt, not a tool
server.registerPrompt("summary", { description: "Summarise" }, async () => ({ messages: [] }));
