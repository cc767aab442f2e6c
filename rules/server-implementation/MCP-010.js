// Fixture for MCP-010 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { VM } = require("vm2");
const vm = require("vm");

const server = new Server({ name: "scripts", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "run_js") {
    const sandbox = new VM({ timeout: 1000 });
    // ruleid: MCP-010 -- vm2 is abandoned and has known escapes
    const out = sandbox.run(args.code);
    return { content: [{ type: "text", text: String(out) }] };
  }
  if (name === "filter") {
    // ruleid: MCP-010
    const pred = Function("item", "return " + request.params.arguments.predicate);
    return { content: [{ type: "text", text: String(pred({})) }] };
  }
  if (name === "ctx_eval") {
    // ruleid: MCP-010
    const value = vm.runInThisContext(args.expr);
    return { content: [{ type: "text", text: String(value) }] };
  }
  // ok: MCP-010 -- constant code
  const uptime = vm.runInNewContext("Date.now()", {});
  // ok: MCP-010 -- the tool name selects a branch, it is not evaluated
  const label = JSON.stringify({ name });
  return { content: [{ type: "text", text: `${label} ${uptime}` }] };
});
