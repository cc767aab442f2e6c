// Fixture for MCP-500 in CommonJS: Fastify with @fastify/cors.
const Fastify = require("fastify");
const fastifyCors = require("@fastify/cors");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const app = Fastify();
// ruleid: MCP-500
app.register(fastifyCors);
// ruleid: MCP-500
app.register(fastifyCors, { origin: "*" });
// ok: MCP-500 -- an explicit list
app.register(fastifyCors, { origin: ["https://app.example.com"] });
// ok: MCP-500 -- another plugin
app.register(require("@fastify/formbody"));

module.exports = { app, server: new McpServer({ name: "notes", version: "1.0.0" }) };
