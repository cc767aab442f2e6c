// Fixture for MCP-002: tool inputs reaching a shell (TypeScript).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { exec, execFile, execSync, spawn } from "node:child_process";
import * as cp from "child_process";
import { quote } from "shell-quote";
import { z } from "zod";

const server = new McpServer({ name: "devtools", version: "1.0.0" });
const ALLOWED = ["status", "log"];

function runShell(command: string): string {
  // ruleid: MCP-002 -- reached from the deploy tool through a helper (deep mode)
  return execSync(command).toString();
}

class Git {
  constructor(private repo: string) {}
  checkout(ref: string) {
    const cmd = `git -C ${this.repo} checkout ${ref}`;
    // ruleid: MCP-002 -- a method reached from a tool (deep mode)
    return execSync(cmd).toString();
  }
}

server.registerTool(
  "grep",
  { description: "Search files", inputSchema: { pattern: z.string(), mode: z.enum(["fast", "full"]), count: z.number() } },
  async ({ pattern, mode, count }) => {
    const line = `grep -rn "${pattern}" .`;
    // ruleid: MCP-002
    exec(line, (err, stdout) => console.error(stdout));
    // ruleid: MCP-002
    spawn("grep", ["-rn", pattern, "."], { shell: true });
    // ok: MCP-002 -- an enumeration
    execSync("make " + mode);
    // ok: MCP-002 -- a number
    execSync(`head -n ${count} log.txt`);
    // ok: MCP-002 -- argv without a shell
    execFile("grep", ["-rn", pattern, "."]);
    // ok: MCP-002 -- quoted
    execSync("grep -rn " + quote([pattern]) + " .");
    return { content: [{ type: "text", text: "ok" }] };
  },
);

server.registerTool("deploy", { inputSchema: { target: z.string() } }, async (args) => {
  const out = runShell("./deploy.sh " + args.target);
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("checkout", { inputSchema: { ref: z.string() } }, async ({ ref }) => {
  const git = new Git("/srv/repo");
  return { content: [{ type: "text", text: git.checkout(ref) }] };
});

server.registerTool("git", { inputSchema: { sub: z.string() } }, async ({ sub }) => {
  if (!ALLOWED.includes(sub)) {
    throw new Error("not allowed");
  }
  // ok: MCP-002 -- allow-listed (includes on a constant list)
  cp.execSync("git " + sub);
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("status", {}, async () => {
  // ok: MCP-002 -- constant command
  const out = execSync("git status --short").toString();
  return { content: [{ type: "text", text: out }] };
});
