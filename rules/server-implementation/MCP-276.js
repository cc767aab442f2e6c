// Fixture for MCP-276 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { spawnSync, execFileSync } = require("child_process");

const server = new Server({ name: "ops", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "ssh_uptime") {
    // ruleid: MCP-276 -- ssh -oProxyCommand=<cmd> runs a command
    const r = spawnSync("ssh", [args.host, "uptime"]);
    return { content: [{ type: "text", text: String(r.stdout) }] };
  }
  if (name === "helm_status") {
    // ruleid: MCP-276
    const out = execFileSync("helm", ["status", request.params.arguments.release]).toString();
    return { content: [{ type: "text", text: out }] };
  }
  if (name === "rsync") {
    if (/^[\w.-]+$/.test(args.target)) {
      // ok: MCP-276 -- validated by an anchored regular expression
      execFileSync("rsync", ["-a", "/srv/out/", args.target]);
    }
  }
  // ok: MCP-276 -- constant argv
  const st = execFileSync("git", ["status", "--short"]).toString();
  // ok: MCP-276 -- the value follows "--"
  spawnSync("tar", ["-czf", "/tmp/out.tgz", "--", args.dir]);
  return { content: [{ type: "text", text: st }] };
});
