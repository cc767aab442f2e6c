// Fixture for MCP-276: tool inputs as whole argv elements (execFile/spawn/execa, no shell).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execFile, execFileSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import { execa } from "execa";
import { z } from "zod";

const server = new McpServer({ name: "devtools", version: "1.0.0" });
const REPO = "/srv/repo";
const REMOTES = ["origin", "upstream"];

function gitShow(rev: string): string {
  // ruleid: MCP-276 -- reached from the show tool through a helper (deep mode)
  return execFileSync("git", ["show", rev], { cwd: REPO }).toString();
}

class Kube {
  constructor(private context: string) {}
  describe(name: string) {
    // ruleid: MCP-276 -- a method reached from the describe tool (deep mode)
    return execFileSync("kubectl", ["--context", this.context, "describe", "pod", name]).toString();
  }
}

server.registerTool("checkout", { inputSchema: { branch: z.string() } }, async ({ branch }) => {
  // ruleid: MCP-276
  const out = execFileSync("git", ["checkout", branch], { cwd: REPO }).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("show", { inputSchema: { rev: z.string() } }, async ({ rev }) => {
  return { content: [{ type: "text", text: gitShow(rev) }] };
});

server.registerTool("describe", { inputSchema: { pod: z.string() } }, async ({ pod }) => {
  return { content: [{ type: "text", text: new Kube("prod").describe(pod) }] };
});

server.registerTool("grep", { inputSchema: { pattern: z.string(), dir: z.string() } }, async ({ pattern, dir }) => {
  // ruleid: MCP-276 -- rg --pre=<cmd> runs a command
  const child = spawn("rg", ["-nS", pattern, dir]);
  child.stdout.pipe(process.stderr);
  return { content: [{ type: "text", text: "started" }] };
});

server.registerTool("clone", { inputSchema: { repoUrl: z.string() } }, async ({ repoUrl }) => {
  // ruleid: MCP-276 -- git clone --upload-pack=<cmd> runs a command
  const { stdout } = await execa("git", ["clone", "--depth=1", `${repoUrl}`, "/tmp/checkout"]);
  return { content: [{ type: "text", text: stdout }] };
});

server.registerTool("download", { inputSchema: { url: z.string() } }, async (args) => {
  // ruleid: MCP-276 -- curl -o / -K
  execFile("curl", ["-sSL", args.url], (err, out) => console.error(out));
  return { content: [{ type: "text", text: "started" }] };
});

// ---- must not fire ---------------------------------------------------------

server.registerTool("show_safe", { inputSchema: { rev: z.string() } }, async ({ rev }) => {
  // ok: MCP-276 -- --end-of-options before the value
  const out = execFileSync("git", ["show", "--end-of-options", rev]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("log_path", { inputSchema: { file: z.string() } }, async ({ file }) => {
  // ok: MCP-276 -- the value comes after "--"
  const out = execFileSync("git", ["log", "--oneline", "--", file]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("branch", { inputSchema: { name: z.string() } }, async ({ name }) => {
  if (name.startsWith("-")) {
    throw new Error("a branch name cannot start with '-'");
  }
  // ok: MCP-276 -- checked for a leading dash
  const out = execFileSync("git", ["branch", name]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("commit", { inputSchema: { message: z.string(), author: z.string() } }, async ({ message, author }) => {
  // ok: MCP-276 -- the value of -m, and a value joined to its option
  const out = execFileSync("git", ["commit", "-m", message, `--author=${author}`]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("pull", { inputSchema: { remote: z.string() } }, async ({ remote }) => {
  if (!REMOTES.includes(remote)) {
    throw new Error("unknown remote");
  }
  // ok: MCP-276 -- allow-listed
  const out = execFileSync("git", ["pull", remote]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("tail", { inputSchema: { lines: z.number().int(), stream: z.enum(["stdout", "stderr"]) } }, async ({ lines, stream }) => {
  // ok: MCP-276 -- a number and an enumeration cannot start with a dash
  const out = execFileSync("docker", ["logs", String(lines), stream]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("ls", { inputSchema: { dir: z.string() } }, async ({ dir }) => {
  // ok: MCP-276 -- ls is not one of the programs with dangerous options
  const out = execFileSync("ls", ["-la", dir]).toString();
  // ok: MCP-276 -- a shell is involved: MCP-002's case
  spawn("git", ["log", dir], { shell: true });
  return { content: [{ type: "text", text: out }] };
});

function prune(ref: string) {
  // ok: MCP-276 -- no handler calls this helper
  execFileSync("git", ["branch", "-D", "x", ref]);
}

const execFileAsync = promisify(execFile);
server.registerTool("fetch", { inputSchema: { remote: z.string() } }, async ({ remote }) => {
  // todoruleid: MCP-276 -- util.promisify(execFile) hides the call
  const { stdout } = await execFileAsync("git", ["fetch", remote]);
  return { content: [{ type: "text", text: stdout }] };
});
