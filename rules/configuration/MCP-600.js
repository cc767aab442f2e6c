// Fixture for MCP-600: server launch configurations in a JavaScript host.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { StdioClientTransport } = require("@modelcontextprotocol/sdk/client/stdio.js");

const servers = {
  notes: {
    command: "node",
    args: ["notes-server.js"],
    // ruleid: MCP-600
    env: Object.assign({}, process.env, { NOTES_DIR: "/srv/notes" }),
  },
  search: {
    command: "node",
    args: ["search-server.js"],
    // ok: MCP-600
    env: { SEARCH_KEY: process.env.SEARCH_KEY },
  },
};

async function connect(name) {
  const transport = new StdioClientTransport(servers[name]);
  const client = new Client({ name: "host", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

module.exports = { connect };
