const { execSync } = require("child_process");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");
const server = new McpServer({ name: "eval", version: "1.0.0" });

function restart(service) {
  return execSync(`systemctl restart ${service}`);
}
server.tool("t", { svc: z.string() }, async (args) => {
  restart(args.svc);
  return { content: [{ type: "text", text: "ok" }] };
});
