// Fixture for MCP-080 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const libxmljs = require("libxmljs");
const { z } = require("zod");

const server = new McpServer({ name: "soap", version: "1.0.0" });

server.tool("parse_envelope", { xml: z.string() }, async ({ xml }) => {
  // ruleid: MCP-080
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });
  // ok: MCP-080
  const safe = libxmljs.parseXml(xml, { dtdload: false });
  return { content: [{ type: "text", text: doc.root().name() + safe.root().name() }] };
});

module.exports = { server };
