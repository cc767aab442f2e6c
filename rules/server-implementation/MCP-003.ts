// Fixture for MCP-003: tool and prompt arguments used as filesystem paths (McpServer).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as fs from "node:fs";
import { readFile, realpath, writeFile, rm } from "node:fs/promises";
import fse from "fs-extra";
import path from "node:path";
import sanitize from "sanitize-filename";
import { z } from "zod";
import { validatePath, normalizeInput } from "./lib.js";

const ROOT = "/srv/workspace";
const ALLOWED = ["README.md", "CHANGELOG.md"];
const server = new McpServer({ name: "files", version: "1.0.0" });

async function loadText(file: string): Promise<string> {
  // ruleid: MCP-003 -- reached from the show tool through a helper (deep mode)
  return readFile(file, "utf8");
}

class Workspace {
  constructor(private root: string) {}
  remove(rel: string) {
    // ruleid: MCP-003 -- a method reached from the delete tool (deep mode)
    return rm(path.join(this.root, rel), { recursive: true });
  }
  async contained(rel: string): Promise<string> {
    const real = await realpath(path.join(this.root, rel));
    if (!real.startsWith(this.root + path.sep)) {
      throw new Error("outside the workspace");
    }
    return real;
  }
}

const ws = new Workspace(ROOT);

server.registerTool("read_file", { inputSchema: { file: z.string() } }, async ({ file }) => {
  // ruleid: MCP-003
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("show", { inputSchema: { file: z.string() } }, async (args) => {
  const text = await loadText(path.join(ROOT, args.file));
  return { content: [{ type: "text", text }] };
});

server.registerTool("delete", { inputSchema: { rel: z.string() } }, async ({ rel }) => {
  await ws.remove(rel);
  return { content: [{ type: "text", text: "deleted" }] };
});

server.registerTool("write_json", { inputSchema: { file: z.string(), data: z.string() } }, async ({ file, data }) => {
  const target = `${ROOT}/${file}`;
  // ruleid: MCP-003
  await fse.outputJson(target, JSON.parse(data));
  // ruleid: MCP-003
  fs.copyFileSync(target, target + ".bak");
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("list", { inputSchema: { dir: z.string() } }, async ({ dir }) => {
  const abs = path.resolve(ROOT, dir);
  if (!abs.startsWith(ROOT + path.sep)) {
    throw new Error("outside the workspace");
  }
  // ruleid: MCP-003 -- path.resolve does not follow symlinks: not a confinement check
  const names = await fs.promises.readdir(abs);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

server.registerTool("stat", { inputSchema: { file: z.string() } }, async ({ file }) => {
  const real = await realpath(path.join(ROOT, file));
  if (!real.startsWith(ROOT)) {
    throw new Error("outside the workspace");
  }
  // ruleid: MCP-003 -- prefix check without a separator: /srv/workspace-evil passes
  const st = fs.statSync(real);
  return { content: [{ type: "text", text: String(st.size) }] };
});

server.registerPrompt("review", { argsSchema: { file: z.string() } }, ({ file }) => ({
  // ruleid: MCP-003 -- prompt arguments are client input too
  messages: [{ role: "user", content: { type: "text", text: fs.readFileSync(file, "utf8") } }],
}));

// ---- must not fire ---------------------------------------------------------

server.registerTool("read_real", { inputSchema: { file: z.string() } }, async ({ file }) => {
  const real = await realpath(path.join(ROOT, file));
  if (!real.startsWith(ROOT + path.sep)) {
    throw new Error("outside the workspace");
  }
  // ok: MCP-003 -- realpath, then a separator-aware prefix check
  const text = await readFile(real, "utf8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("read_rel", { inputSchema: { file: z.string() } }, async ({ file }) => {
  const real = fs.realpathSync(path.join(ROOT, file));
  if (path.relative(ROOT, real).startsWith("..") || path.isAbsolute(path.relative(ROOT, real))) {
    throw new Error("outside the workspace");
  }
  // ok: MCP-003 -- realpath, then path.relative does not climb out
  return { content: [{ type: "text", text: fs.readFileSync(real, "utf8") }] };
});

server.registerTool("read_method", { inputSchema: { rel: z.string() } }, async ({ rel }) => {
  const p = await ws.contained(rel);
  // deepok: MCP-003 -- the method resolves and contains the path (deep mode)
  const text = await readFile(p, "utf8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("upload", { inputSchema: { name: z.string(), body: z.string() } }, async ({ name, body }) => {
  // ok: MCP-003 -- basename cannot leave the folder
  await writeFile(path.join(ROOT, "uploads", path.basename(name)), body);
  // ok: MCP-003 -- sanitize-filename strips separators and dots
  await writeFile(path.join(ROOT, "inbox", sanitize(name)), body);
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("read_known", { inputSchema: { name: z.string() } }, async ({ name }) => {
  if (!ALLOWED.includes(name)) {
    throw new Error("unknown file");
  }
  // ok: MCP-003 -- allow-listed
  return { content: [{ type: "text", text: fs.readFileSync(path.join(ROOT, name), "utf8") }] };
});

server.registerTool("read_slug", { inputSchema: { slug: z.string() } }, async ({ slug }) => {
  if (!/^[a-z0-9_-]+$/.test(slug)) {
    throw new Error("bad slug");
  }
  // ok: MCP-003 -- validated by an anchored regular expression
  return { content: [{ type: "text", text: await readFile(`${ROOT}/${slug}.md`, "utf8") }] };
});

server.registerTool(
  "read_log",
  { inputSchema: { kind: z.enum(["app", "audit"]), day: z.number().int() } },
  async ({ kind, day }) => {
    // ok: MCP-003 -- an enumeration and a number cannot carry a path
    const text = await readFile(`/var/log/${kind}-${day}.log`, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool("save_text", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: MCP-003 -- the input is the data, the path is constant
  await writeFile("/tmp/last.txt", text);
  return { content: [{ type: "text", text: "saved" }] };
});

function cleanup(file: string) {
  // ok: MCP-003 -- no handler calls this helper
  fs.unlinkSync(file);
}

server.registerTool("read_relative", { inputSchema: { file: z.string() } }, async ({ file }) => {
  const real = await realpath(path.join(ROOT, file));
  const rel = path.relative(ROOT, real);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("outside the workspace");
  }
  // ok: MCP-003 -- the check on `rel` reaches `real` through path.relative (guard_through)
  return { content: [{ type: "text", text: await readFile(real, "utf8") }] };
});

server.registerTool("create_directory", { inputSchema: { path: z.string() } }, async (args) => {
  const validPath = await validatePath(args.path);
  // ok: MCP-003 -- confined by the project's own validator (another file; deep mode reads it when present)
  await fs.promises.mkdir(validPath, { recursive: true });
  return { content: [{ type: "text", text: "created" }] };
});

server.registerTool("remove_directory", { inputSchema: { path: z.string() } }, async (args) => {
  const p = normalizeInput(args.path);
  // ruleid: MCP-003 -- a helper whose name promises no validation passes the path on
  await fs.promises.rmdir(p);
  return { content: [{ type: "text", text: "removed" }] };
});
