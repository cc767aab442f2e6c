// Fixture for MCP-010: tool inputs evaluated as JavaScript (McpServer).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import vm from "node:vm";
import { runInNewContext } from "node:vm";
import { evaluate } from "mathjs";
import { z } from "zod";

const server = new McpServer({ name: "calc", version: "1.0.0" });
const FORMATS = ["csv", "json"];

function compute(expr: string): unknown {
  // ruleid: MCP-010 -- reached from the calc tool through a helper (deep mode)
  return eval(expr);
}

class Runner {
  private ctx = vm.createContext({});
  run(code: string) {
    // ruleid: MCP-010 -- a method reached from the run tool (deep mode)
    return vm.runInContext(code, this.ctx);
  }
}

server.registerTool("calc", { inputSchema: { expression: z.string() } }, async ({ expression }) => {
  return { content: [{ type: "text", text: String(compute(expression)) }] };
});

server.registerTool("run", { inputSchema: { code: z.string() } }, async ({ code }) => {
  const out = new Runner().run(code);
  return { content: [{ type: "text", text: String(out) }] };
});

server.registerTool("template", { inputSchema: { body: z.string(), data: z.string() } }, async ({ body, data }) => {
  // ruleid: MCP-010
  const render = new Function("data", `return \`${body}\`;`);
  // ruleid: MCP-010 -- vm is not a sandbox
  const parsed = runInNewContext(`(${data})`, {});
  // ruleid: MCP-010
  const script = new vm.Script(body);
  script.runInThisContext();
  return { content: [{ type: "text", text: String(render(parsed)) }] };
});

server.registerTool("load_plugin", { inputSchema: { name: z.string() } }, async ({ name }) => {
  // ruleid: MCP-010
  const plugin = await import(name);
  // ruleid: MCP-010
  const legacy = require(`${name}`);
  return { content: [{ type: "text", text: String(plugin.default ?? legacy) }] };
});

server.registerTool("later", { inputSchema: { action: z.string() } }, async ({ action }) => {
  // ruleid: MCP-010 -- a string passed to setTimeout is evaluated
  setTimeout(action, 10);
  // ok: MCP-010 -- a function passed to setTimeout is not
  setTimeout(() => console.error(action), 10);
  return { content: [{ type: "text", text: "scheduled" }] };
});

// ---- must not fire ---------------------------------------------------------

server.registerTool("calc_safe", { inputSchema: { expression: z.string() } }, async ({ expression }) => {
  // ok: MCP-010 -- mathjs parses arithmetic, it does not eval
  const value = evaluate(expression);
  // ok: MCP-010 -- JSON.parse is a parser
  const doc = JSON.parse(expression);
  return { content: [{ type: "text", text: String(value) + JSON.stringify(doc) }] };
});

server.registerTool("calc_checked", { inputSchema: { expression: z.string() } }, async ({ expression }) => {
  if (!/^[0-9+\-*/(). ]+$/.test(expression)) {
    throw new Error("only arithmetic is allowed");
  }
  // ok: MCP-010 -- validated by an anchored regular expression
  return { content: [{ type: "text", text: String(eval(expression)) }] };
});

server.registerTool("export", { inputSchema: { format: z.string() } }, async ({ format }) => {
  if (!FORMATS.includes(format)) {
    throw new Error("unknown format");
  }
  // ok: MCP-010 -- allow-listed
  const mod = await import(`./formats/${format}.js`);
  return { content: [{ type: "text", text: String(mod.default) }] };
});

server.registerTool("mode", { inputSchema: { op: z.enum(["add", "sub"]), n: z.number() } }, async ({ op, n }) => {
  // ok: MCP-010 -- an enumeration and a number cannot carry code
  const f = new Function("a", `return a.${op}(${n});`);
  return { content: [{ type: "text", text: String(f) }] };
});

function debugEval(line: string) {
  // ok: MCP-010 -- no handler calls this helper
  return eval(line);
}

server.registerTool("immediate", { inputSchema: { expression: z.string() } }, async ({ expression }) => {
  // ruleid: MCP-010 -- a call whose callee is itself a call: new Function(x)()
  const value = new Function(`return (${expression});`)();
  return { content: [{ type: "text", text: String(value) }] };
});
