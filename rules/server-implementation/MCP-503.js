// Fixture for MCP-503 in CommonJS: console.log redirected to stderr.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");

const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });

async function main() {
  await server.connect(new StdioServerTransport());
  // ruleid: MCP-503
  console.debug("connected");
  // ok: MCP-503 -- stderr
  console.error("connected");
}

main();
