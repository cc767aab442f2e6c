// Fixture for MCP-283: a server without authentication.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "payments", version: "1.0.0" });
// ok: MCP-283 -- no authentication configured
server.registerTool("refund", {}, async ({ orderId }) => ({ content: [{ type: "text", text: await gateway.refund(orderId) }] }));
