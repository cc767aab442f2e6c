// Fixture for MCP-251: personal data in TypeScript server logs.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import pino from "pino";
import { z } from "zod";

const logger = pino();
const server = new McpServer({ name: "crm", version: "1.0.0" });
const maskEmail = (e: string) => e.replace(/^(.).*@/, "$1***@");

server.registerTool("update_contact", { inputSchema: { id: z.string(), email: z.string().email() } }, async ({ id, email }) => {
  const customer = await db.get(id);
  // ruleid: MCP-251
  console.error(`update ${id}: ${customer.email} -> ${email}`);
  // ruleid: MCP-251 -- structured key
  logger.info({ email, id }, "contact update");
  // ruleid: MCP-251 -- the whole record
  console.log("customer", JSON.stringify(customer));
  // ok: MCP-251 -- a cloud profile name, not personal data
  console.log(`using AWS profile ${process.env.AWS_PROFILE}`);
  // ruleid: MCP-251 -- MCP log notification
  await server.server.sendLoggingMessage({ level: "info", data: { phoneNumber: customer.phone_number } });
  // ok: MCP-251
  console.error(`update ${id}: email changed`);
  // ok: MCP-251 -- masked
  logger.info({ email: maskEmail(email) }, "contact update");
  // ok: MCP-251 -- an ID
  console.log("customer", customer.id);
  return { content: [{ type: "text", text: "ok" }] };
});
