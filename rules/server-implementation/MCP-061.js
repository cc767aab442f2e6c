// Fixture for MCP-061 in CommonJS, with js-yaml 3 (the file uses safeLoad,
// which only js-yaml 3 has).
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { unserialize } = require("node-serialize");
const funcster = require("funcster");
const yaml = require("js-yaml");
const { z } = require("zod");

const server = new McpServer({ name: "legacy", version: "1.0.0" });

server.tool("restore", { blob: z.string() }, async ({ blob }) => {
  // ruleid: MCP-061
  const state = unserialize(blob);
  // ruleid: MCP-061
  const fns = funcster.deepDeserialize(JSON.parse(blob));
  return { content: [{ type: "text", text: String(Object.keys(state).length + fns.length) }] };
});

server.tool("parse_yaml", { text: z.string() }, async ({ text }) => {
  // ok: MCP-061 -- js-yaml 3 safeLoad
  const safe = yaml.safeLoad(text);
  // ruleid: MCP-061 -- js-yaml 3 load resolves !!js/function
  const full = yaml.load(text);
  return { content: [{ type: "text", text: JSON.stringify({ safe, full }) }] };
});

server.tool("parse_json", { text: z.string() }, async ({ text }) => {
  // ok: MCP-061 -- JSON cannot carry code
  const data = JSON.parse(text);
  // ok: MCP-061 -- serialising is not decoding
  const out = require("node-serialize").serialize(data);
  return { content: [{ type: "text", text: out }] };
});

module.exports = { server };
