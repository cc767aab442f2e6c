// Fixture for MCP-541 in JavaScript.
const fs = require("node:fs");
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

const client = new Client({ name: "cli", version: "1.0.0" });

const provider = {
  // ruleid: MCP-541
  saveTokens: (tokens) => {
    fs.writeFileSync("/home/me/.cli-mcp/tokens.json", JSON.stringify(tokens));
  },
  // ok: MCP-541
  saveClientInformation: (info) => {
    fs.writeFileSync("/home/me/.cli-mcp/client.json", JSON.stringify(info), { mode: 0o600 });
  },
};

module.exports = { client, provider };
