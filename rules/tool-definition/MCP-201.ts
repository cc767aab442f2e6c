// Fixture for MCP-201: destructive tools in a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { rm, readFile } from "node:fs/promises";
import Stripe from "stripe";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });
const stripe = new Stripe(process.env.STRIPE_KEY ?? "");

server.registerTool("delete_project", { inputSchema: { path: z.string() } }, async ({ path }) => {
  // ruleid: MCP-201
  await rm(path, { recursive: true, force: true });
  // ok: MCP-201 -- a read
  await readFile(`${path}/README.md`);
  return { content: [{ type: "text", text: "deleted" }] };
});

server.registerTool("delete_project_confirmed", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const answer = await server.server.elicitInput({
    message: `Delete ${path}?`,
    requestedSchema: { type: "object", properties: { approve: { type: "boolean" } } },
  });
  if (answer.action !== "accept" || !answer.content?.approve) return { content: [{ type: "text", text: "cancelled" }] };
  // ok: MCP-201
  await rm(path, { recursive: true });
  return { content: [{ type: "text", text: "deleted" }] };
});

server.registerTool("close_issue", { inputSchema: { id: z.string() } }, async ({ id }) => {
  // ruleid: MCP-201
  await fetch(`https://api.example.com/issues/${id}`, { method: "DELETE" });
  // ok: MCP-201 -- a read
  await fetch(`https://api.example.com/issues/${id}`, { method: "GET" });
  return { content: [{ type: "text", text: "closed" }] };
});

server.registerTool("refund", { inputSchema: { charge: z.string() } }, async ({ charge }) => {
  // ruleid: MCP-201
  await stripe.refunds.create({ charge });
  // ok: MCP-201 -- idempotent
  await stripe.refunds.create({ charge }, { idempotencyKey: `refund-${charge}` });
  return { content: [{ type: "text", text: "refunded" }] };
});

export const defaults = {
  // ruleid: MCP-201 -- a disabled security policy
  security: { enabled: false, allowedCommands: [] },
  // ok: MCP-201
  telemetry: { enabled: false },
};
