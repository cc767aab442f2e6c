// Fixture for MCP-220: a JavaScript server returning an HTML image.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");

const server = new McpServer({ name: "maps", version: "1.0.0" });

server.tool("static_map", { place: z.string() }, async ({ place }) => {
  // ruleid: MCP-220
  const html = `<img src="https://maps.example.com/static?center=${place}&zoom=12">`;
  // ok: MCP-220
  const legend = `<img src="https://maps.example.com/legend.png" alt="${place}">`;
  // ok: MCP-220 -- constant image
  const logo = "![logo](https://maps.example.com/logo.png)";
  // ruleid: MCP-220
  const tile = "![" + place + "](https://maps.example.com/tile?c=" + place + ")";
  return { content: [{ type: "text", text: html + legend + tile + logo }] };
});

module.exports = { server };
