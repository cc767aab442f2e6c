// Fixture for MCP-566 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");

const server = new McpServer({ name: "prefs", version: "1.0.0" });
const prefs = {};

function merge(dst, src) {
  // ruleid: MCP-566
  for (const k in src) {
    if (src[k] && typeof src[k] === "object") {
      dst[k] = dst[k] || {};
      merge(dst[k], src[k]);
    } else dst[k] = src[k];
  }
  return dst;
}

server.tool("update_prefs", { user: z.string(), json: z.string() }, async ({ user, json }) => {
  // ok: MCP-566 -- a Map keeps keys out of prototypes
  const byUser = new Map([[user, JSON.parse(json)]]);
  // ok: MCP-566 -- an array index, not a nested object key
  const rows = [[1, 2]];
  rows[0][1] = 3;
  merge(prefs, byUser.get(user));
  return { content: [{ type: "text", text: "ok" }] };
});

module.exports = { server };
