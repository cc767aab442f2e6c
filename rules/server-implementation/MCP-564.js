// Fixture for MCP-564 in CommonJS (mongoose).
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const mongoose = require("mongoose");
const { z } = require("zod");

const server = new McpServer({ name: "orders", version: "1.0.0" });
const Order = mongoose.model("Order", new mongoose.Schema({ customer: String }));

server.tool("orders", { where: z.string(), customer: z.string() }, async ({ where, customer }) => {
  // ruleid: MCP-564
  const a = await Order.find(JSON.parse(where));
  // ruleid: MCP-564
  const b = await Order.find({ $where: "this.customer == '" + customer + "'" });
  // ok: MCP-564
  const c = await Order.find({ customer: String(customer) });
  // ok: MCP-564 -- constant $where
  const d = await Order.find({ $where: "this.total > 100" });
  return { content: [{ type: "text", text: JSON.stringify([a, b, c, d]) }] };
});

module.exports = { server };
