// Fixture for MCP-045 (JavaScript): Mongoose behind an auth router.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { mcpAuthRouter } = require("@modelcontextprotocol/sdk/server/auth/router.js");
const Order = require("./models/order");

const server = new McpServer({ name: "shop", version: "1.0.0" });
const router = mcpAuthRouter({ provider, issuerUrl: new URL("https://auth.example.com") });

server.tool("get_order", "Get an order", async (args) => {
  // ruleid: MCP-045 -- looked up by the caller's key
  const order = await Order.findById(args.orderId);
  return { content: [{ type: "text", text: JSON.stringify(order) }] };
});

server.tool("my_order", "Get one of my orders", async (args, extra) => {
  // ok: MCP-045 -- scoped to the customer
  const order = await Order.findOne({ _id: args.orderId, customerId: extra.authInfo.clientId });
  return { content: [{ type: "text", text: JSON.stringify(order) }] };
});
