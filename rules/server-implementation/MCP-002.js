// Fixture for MCP-002 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const childProcess = require("child_process");
const { execaCommand } = require("execa");
const shell = require("shelljs");

const server = new Server({ name: "ops", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "restart") {
    const svc = args.service;
    // ruleid: MCP-002
    childProcess.execSync(`systemctl restart ${svc}`);
  }
  if (name === "logs") {
    // ruleid: MCP-002
    await execaCommand("journalctl -u " + request.params.arguments.unit);
    // ruleid: MCP-002
    shell.exec(`tail -n 50 /var/log/${args.file}`);
  }
  // ok: MCP-002 -- constant
  childProcess.execSync("uptime");
  // ok: MCP-002 -- argv without a shell
  childProcess.spawnSync("systemctl", ["status", args.service]);
  return { content: [{ type: "text", text: "done" }] };
});
