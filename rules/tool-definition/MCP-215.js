// Fixture for MCP-215: a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");

const server = new Server({ name: "plugins", version: "1.0.0" }, { capabilities: { tools: { listChanged: true } } });
let serverVersion = "1.0.0";

async function reloadTools() {
  tools = await loadTools();
  // ruleid: MCP-215
  await server.notification({ method: "notifications/tools/list_changed" });
}

async function upgradeTools() {
  serverVersion = "1.1.0";
  tools = await loadTools();
  // ok: MCP-215 -- the version changes on this path
  await server.notification({ method: "notifications/tools/list_changed" });
}

module.exports = { reloadTools, upgradeTools, serverVersion };
