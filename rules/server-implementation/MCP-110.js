// Fixture for MCP-110 in CommonJS: a bounded tool and an unbounded loop.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");

const server = new McpServer({ name: "numbers", version: "1.0.0" });

server.tool("squares", { n: z.number() }, async ({ n }) => {
  const out = [];
  // ruleid: MCP-110
  for (let i = 0; i < n; i++) out.push(i * i);
  return { content: [{ type: "text", text: JSON.stringify(out) }] };
});

server.tool("zeros", { n: z.number() }, async ({ n }) => {
  // ok: MCP-110 -- bounded by Math.min
  const capped = new Array(Math.min(n, 100)).fill(0);
  // ok: MCP-110 -- a constant bound
  for (let i = 0; i < 10; i++) capped.push(i);
  return { content: [{ type: "text", text: JSON.stringify(capped) }] };
});

module.exports = { server };
