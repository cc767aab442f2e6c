// Fixture for MCP-544 in CommonJS: an inspector-style proxy.
const express = require("express");
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { StdioClientTransport } = require("@modelcontextprotocol/sdk/client/stdio.js");

const app = express();
const PRESETS = new Map([["everything", { command: "npx", args: ["-y", "@modelcontextprotocol/server-everything"] }]]);

app.get("/stdio", async (req, res) => {
  const { command, args, env } = req.query;
  // ruleid: MCP-544 -- destructured straight from the request: const { command } = req.query
  const transport = new StdioClientTransport({ command, args: args ? String(args).split(" ") : [], env: JSON.parse(env || "{}") });
  const client = new Client({ name: "inspector", version: "0.1.0" });
  await client.connect(transport);
  res.json(await client.listTools());
});

app.get("/launch", async (req, res) => {
  const command = req.query.command;
  const args = String(req.query.args || "").split(" ");
  // ruleid: MCP-544
  const transport = new StdioClientTransport({ command, args });
  const client = new Client({ name: "inspector", version: "0.1.0" });
  await client.connect(transport);
  res.json(await client.listTools());
});

app.get("/preset", async (req, res) => {
  const preset = PRESETS.get(String(req.query.name));
  if (!preset) {
    res.status(404).end();
    return;
  }
  // ok: MCP-544 -- a preset looked up in a constant table
  const transport = new StdioClientTransport({ command: preset.command, args: preset.args });
  const client = new Client({ name: "inspector", version: "0.1.0" });
  await client.connect(transport);
  res.json(await client.listTools());
});

app.listen(6277, "127.0.0.1");
