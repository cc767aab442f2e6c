#!/usr/bin/env python3
"""Writes the labelled deep-mode evaluation suite under testdata/taint-eval.

Each case is a small MCP server project (one or more files) for one
vulnerability class and language, labelled vulnerable (with the sink line
that must be reported) or safe (nothing of the class may be reported), and
tagged with what makes it interesting: the flow shape (direct, local
variable, helper, other file, method, container, callback) or the reason it
is safe (sanitiser, constant, allow-list, constrained type, unreachable,
look-alike). The manifest lists every case; cases are never deleted or
relabelled to improve a score (add new ones instead).

Run from the repository root:  python3 bench/tainteval/gen.py
"""
import os, json, textwrap

ROOT = os.path.join("testdata", "taint-eval")
cases = []

def case(cid, cls, rule, lang, label, kind, files, sink=None, note=""):
    d = os.path.join(ROOT, cls, cid)
    os.makedirs(d, exist_ok=True)
    sink_ref = None
    for name, body in files.items():
        body = textwrap.dedent(body).lstrip("\n")
        lines = body.split("\n")
        for i, l in enumerate(lines):
            if "SINK" in l:
                lines[i] = l.replace("  # SINK", "").replace("  // SINK", "").replace(" # SINK", "").replace(" // SINK", "")
                sink_ref = f"{name}:{i+1}"
        with open(os.path.join(d, name), "w") as fh:
            fh.write("\n".join(lines))
        if name.endswith(".go") and not os.path.exists(os.path.join(d, "go.mod")):
            with open(os.path.join(d, "go.mod"), "w") as fh:
                fh.write("module example.com/evalcase\n\ngo 1.24\n\nrequire github.com/modelcontextprotocol/go-sdk v1.4.1\n")
    if label == "vulnerable":
        assert sink_ref, cid
    cases.append({"id": cid, "class": cls, "rule": rule, "lang": lang, "label": label, "kind": kind,
                  "path": f"{cls}/{cid}", "sink": sink_ref if label == "vulnerable" else None, "note": note})

PY_HEAD = "from mcp.server.fastmcp import FastMCP\nmcp = FastMCP('eval')\n"
TS_HEAD = ('import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n'
           'import { z } from "zod";\n'
           'const server = new McpServer({ name: "eval", version: "1.0.0" });\n')
GO_HEAD = ('package main\n\nimport (\n\t"context"\n%s\n\t"github.com/modelcontextprotocol/go-sdk/mcp"\n)\n\n'
           'type In struct {\n\tArg   string `json:"arg"`\n\tCount int    `json:"count"`\n}\n\n')
GO_MAIN = ('\nfunc main() {\n\ts := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)\n'
           '\tmcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)\n}\n')

GO_SDK = "github.com/modelcontextprotocol/go-sdk/mcp"

def go_file(imports, body):
    head = GO_HEAD % "\n".join(f'\t"{i}"' for i in imports)
    if imports:
        # One import block, sorted as gofmt sorts it (same line count).
        ordered = sorted(["context", *imports, GO_SDK])
        head = GO_HEAD.replace('\t"context"\n%s\n\t"' + GO_SDK + '"', "%s") % "\n".join(f'\t"{i}"' for i in ordered)
    return head + textwrap.dedent(body).lstrip("\n") + GO_MAIN

# ---------------------------------------------------------------------------
# Command injection (MCP-002)
# ---------------------------------------------------------------------------
R = "MCP-002"; C = "command-injection"
py = {
 "direct": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    return subprocess.run(f"echo {arg}", shell=True, capture_output=True).stdout  # SINK
'''),
 "local-var": ("vulnerable", "import os\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    cmd = "ls -la " + arg
    cmd = cmd.strip()
    os.system(cmd)  # SINK
    return "ok"
'''),
 "helper": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
def run(command):
    return subprocess.check_output(command, shell=True, text=True)  # SINK

def build(a):
    return "grep -r " + a + " ."

@mcp.tool()
def t(arg: str) -> str:
    return run(build(arg))
'''),
 "format-dict": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    opts = {"pattern": arg, "dir": "."}
    line = "grep -rn '{}' {}".format(opts["pattern"], opts["dir"])
    subprocess.call(line, shell=True)  # SINK
    return "ok"
'''),
 "method": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
class Runner:
    def __init__(self, cwd):
        self.cwd = cwd

    def run(self, command):
        return subprocess.Popen(command, shell=True, cwd=self.cwd)  # SINK

@mcp.tool()
def t(arg: str) -> str:
    Runner("/srv").run("make " + arg)
    return "started"
'''),
 "async-percent": ("vulnerable", "import asyncio\n" + PY_HEAD + '''
@mcp.tool()
async def t(arg: str) -> str:
    proc = await asyncio.create_subprocess_shell("du -sh %s" % arg)  # SINK
    await proc.wait()
    return "ok"
'''),
 "join": ("vulnerable", "import os\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    parts = ["tar", "czf", "out.tgz", arg]
    os.popen(" ".join(parts)).read()  # SINK
    return "ok"
'''),
 "sanitized-quote": ("safe", "import shlex, subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    return subprocess.run("echo " + shlex.quote(arg), shell=True, capture_output=True).stdout
'''),
 "argv-no-shell": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    return subprocess.run(["echo", arg], capture_output=True).stdout
'''),
 "constant": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    out = subprocess.run("uptime", shell=True, capture_output=True).stdout
    return out + arg.encode()
'''),
 "int-param": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(count: int) -> str:
    return subprocess.run(f"head -n {count} /var/log/syslog", shell=True, capture_output=True).stdout
'''),
 "allow-list": ("safe", "import subprocess\n" + PY_HEAD + '''
ALLOWED = {"status", "log", "diff"}

@mcp.tool()
def t(arg: str) -> str:
    if arg not in ALLOWED:
        raise ValueError("not allowed")
    return subprocess.run("git " + arg, shell=True, capture_output=True).stdout
'''),
 "unreachable-helper": ("safe", "import subprocess\n" + PY_HEAD + '''
def maintenance(command):
    subprocess.run(command, shell=True)

@mcp.tool()
def t(arg: str) -> str:
    return arg.upper()
'''),
 "lookalike-env": ("safe", "import os, subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    home = os.environ.get("HOME", "/tmp")
    subprocess.run("ls " + home, shell=True)
    return arg
'''),
 "literal-type": ("safe", "import subprocess\nfrom typing import Literal\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: Literal["fast", "full"]) -> str:
    return subprocess.run("make " + arg, shell=True, capture_output=True).stdout
'''),
 "helper-quotes": ("safe", "import shlex, subprocess\n" + PY_HEAD + '''
def run_quoted(value):
    return subprocess.run("echo " + shlex.quote(value), shell=True)

@mcp.tool()
def t(arg: str) -> str:
    run_quoted(arg)
    return "ok"
'''),
 "overwritten": ("safe", "import os\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    cmd = "echo " + arg
    cmd = "echo fixed"
    os.system(cmd)
    return "ok"
'''),
}
for k, (label, src) in py.items():
    case(f"py-{k}", C, R, "py", label, k, {"server.py": src})
case("py-crossfile", C, R, "py", "vulnerable", "other-file", {
    "server.py": "from helpers import run_shell\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    return run_shell("ping -c 1 " + arg)
''',
    "helpers.py": '''
import subprocess

def run_shell(line):
    return subprocess.check_output(line, shell=True, text=True)  # SINK
'''})
case("py-crossfile-safe", C, R, "py", "safe", "other-file-sanitized", {
    "server.py": "from helpers import run_shell\n" + PY_HEAD + '''
@mcp.tool()
def t(arg: str) -> str:
    return run_shell("ping -c 1 example.com")
''',
    "helpers.py": '''
import subprocess

def run_shell(line):
    return subprocess.check_output(line, shell=True, text=True)
'''})

ts = {
 "direct": ("vulnerable", 'import { execSync } from "node:child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  const out = execSync(`echo ${arg}`).toString(); // SINK
  return { content: [{ type: "text", text: out }] };
});
'''),
 "local-var": ("vulnerable", 'import { exec } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async (args) => {
  let cmd = "ls -la ";
  cmd += args.arg;
  exec(cmd, () => {}); // SINK
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "helper": ("vulnerable", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
function run(command: string): string {
  return execSync(command).toString(); // SINK
}
const build = (a: string) => "grep -r " + a + " .";
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  return { content: [{ type: "text", text: run(build(arg)) }] };
});
'''),
 "spawn-shell": ("vulnerable", 'import { spawn } from "node:child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  spawn("tar", ["czf", "out.tgz", arg], { shell: true }); // SINK
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "method": ("vulnerable", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
class Runner {
  constructor(private cwd: string) {}
  run(command: string) {
    return execSync(command, { cwd: this.cwd }); // SINK
  }
}
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  new Runner("/srv").run("make " + arg);
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "object-field": ("vulnerable", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  const job = { name: "build", target: arg };
  execSync("make " + job.target); // SINK
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "callback": ("vulnerable", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { files: z.array(z.string()) } }, async ({ files }) => {
  files.forEach((f) => {
    execSync("wc -l " + f); // SINK
  });
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "low-level": ("vulnerable", 'import { Server } from "@modelcontextprotocol/sdk/server/index.js";\nimport { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";\nimport { execSync } from "child_process";\n' + '''
const server = new Server({ name: "eval", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { arguments: args } = request.params;
  execSync(`systemctl restart ${args.service}`); // SINK
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "sanitized-quote": ("safe", 'import { execSync } from "child_process";\nimport { quote } from "shell-quote";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  execSync("echo " + quote([arg]));
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "argv-no-shell": ("safe", 'import { execFileSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  const out = execFileSync("echo", [arg]).toString();
  return { content: [{ type: "text", text: out }] };
});
'''),
 "constant": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  const out = execSync("uptime").toString();
  return { content: [{ type: "text", text: out + arg }] };
});
'''),
 "enum-param": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { mode: z.enum(["fast", "full"]) } }, async ({ mode }) => {
  execSync("make " + mode);
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "number-param": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { count: z.number().int() } }, async ({ count }) => {
  execSync(`head -n ${count} /var/log/syslog`);
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "allow-list": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
const ALLOWED = ["status", "log", "diff"];
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  if (!ALLOWED.includes(arg)) {
    throw new Error("not allowed");
  }
  execSync("git " + arg);
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 "unreachable-helper": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
export function maintenance(command: string) {
  execSync(command);
}
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  return { content: [{ type: "text", text: arg.toUpperCase() }] };
});
'''),
 "lookalike-env": ("safe", 'import { execSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  execSync("ls " + (process.env.HOME ?? "/tmp"));
  return { content: [{ type: "text", text: arg }] };
});
'''),
}
for k, (label, src) in ts.items():
    case(f"ts-{k}", C, R, "ts", label, k, {"server.ts": src})
case("ts-crossfile", C, R, "ts", "vulnerable", "other-file", {
    "server.ts": 'import { runShell } from "./helpers.js";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { host: z.string() } }, async ({ host }) => {
  return { content: [{ type: "text", text: runShell("ping -c 1 " + host) }] };
});
''',
    "helpers.ts": '''
import { execSync } from "node:child_process";

export function runShell(line: string): string {
  return execSync(line).toString(); // SINK
}
'''})

go = {
 "direct": ("vulnerable", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("sh", "-c", "echo "+in.Arg).Output() // SINK
	return nil, string(out), err
}
'''),
 "sprintf": ("vulnerable", ["fmt", "os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	line := fmt.Sprintf("grep -rn %s .", in.Arg)
	out, err := exec.CommandContext(ctx, "bash", "-c", line).Output() // SINK
	return nil, string(out), err
}
'''),
 "helper": ("vulnerable", ["os/exec"], '''
func run(line string) ([]byte, error) {
	return exec.Command("sh", "-c", line).CombinedOutput() // SINK
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := run("ping -c 1 " + in.Arg)
	return nil, string(out), err
}
'''),
 "method": ("vulnerable", ["os/exec"], '''
type runner struct{ dir string }

func (r *runner) exec(line string) error {
	cmd := exec.Command("sh", "-c", line) // SINK
	cmd.Dir = r.dir
	return cmd.Run()
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	r := &runner{dir: "/srv"}
	return nil, nil, r.exec("make " + in.Arg)
}
'''),
 "join": ("vulnerable", ["os/exec", "strings"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	parts := []string{"tar", "czf", "out.tgz", in.Arg}
	line := strings.Join(parts, " ")
	return nil, nil, exec.Command("sh", "-c", line).Run() // SINK
}
'''),
 "struct-field": ("vulnerable", ["os/exec"], '''
type job struct {
	Name   string
	Target string
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	j := job{Name: "build", Target: in.Arg}
	return nil, nil, exec.Command("sh", "-c", "make "+j.Target).Run() // SINK
}
'''),
 "argv-no-shell": ("safe", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("echo", in.Arg).Output()
	return nil, string(out), err
}
'''),
 "constant": ("safe", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("sh", "-c", "uptime").Output()
	return nil, string(out) + in.Arg, err
}
'''),
 "int-field": ("safe", ["fmt", "os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	line := fmt.Sprintf("head -n %d /var/log/syslog", in.Count)
	out, err := exec.Command("sh", "-c", line).Output()
	return nil, string(out), err
}
'''),
 "atoi": ("safe", ["os/exec", "strconv"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	n, err := strconv.Atoi(in.Arg)
	if err != nil {
		return nil, nil, err
	}
	return nil, nil, exec.Command("sh", "-c", "sleep "+strconv.Itoa(n)).Run()
}
'''),
 "allow-list": ("safe", ["os/exec", "slices"], '''
var ALLOWED = []string{"status", "log"}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	if !slices.Contains(ALLOWED, in.Arg) {
		return nil, nil, nil
	}
	return nil, nil, exec.Command("sh", "-c", "git "+in.Arg).Run()
}
'''),
 "unreachable-helper": ("safe", ["os/exec", "strings"], '''
func maintenance(line string) error {
	return exec.Command("sh", "-c", line).Run()
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, strings.ToUpper(in.Arg), nil
}
'''),
 "lookalike-env": ("safe", ["os", "os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	home := os.Getenv("HOME")
	return nil, in.Arg, exec.Command("sh", "-c", "ls "+home).Run()
}
'''),
}
for k, (label, imports, body) in go.items():
    case(f"go-{k}", C, R, "go", label, k, {"main.go": go_file(imports, body)})
case("go-crossfile", C, R, "go", "vulnerable", "other-file", {
    "main.go": go_file([], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := runShell("ping -c 1 " + in.Arg)
	return nil, string(out), err
}
'''),
    "shell.go": '''
package main

import "os/exec"

func runShell(line string) ([]byte, error) {
	return exec.Command("sh", "-c", line).Output() // SINK
}
'''})
case("go-mcpgo", C, R, "go", "vulnerable", "mcp-go", {"main.go": '''
package main

import (
	"context"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func handler(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	host, err := request.RequireString("host")
	if err != nil {
		return nil, err
	}
	out, err := exec.Command("sh", "-c", "traceroute "+host).Output() // SINK
	return mcp.NewToolResultText(string(out)), err
}

func main() {
	s := server.NewMCPServer("eval", "1.0.0")
	s.AddTool(mcp.NewTool("trace", mcp.WithString("host")), handler)
}
'''})

# ---------------------------------------------------------------------------
# Path traversal (MCP-003)
# ---------------------------------------------------------------------------
R = "MCP-003"; C = "path-traversal"
py = {
 "direct-open": ("vulnerable", PY_HEAD + '''
@mcp.tool()
def t(path: str) -> str:
    with open(path) as fh:  # SINK
        return fh.read()
'''),
 "join-read": ("vulnerable", "import os\n" + PY_HEAD + '''
BASE = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.join(BASE, name)
    with open(full, encoding="utf-8") as fh:  # SINK
        return fh.read()
'''),
 "pathlib-helper": ("vulnerable", "from pathlib import Path\n" + PY_HEAD + '''
def load(p):
    return Path(p).read_text()  # SINK

@mcp.tool()
def t(name: str) -> str:
    return load("/srv/data/" + name)
'''),
 "delete": ("vulnerable", "import os\n" + PY_HEAD + '''
@mcp.tool()
def t(name: str) -> str:
    target = f"/tmp/uploads/{name}"
    os.remove(target)  # SINK
    return "deleted"
'''),
 "prefix-check": ("vulnerable", "import os\n" + PY_HEAD + '''
ROOT = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.abspath(os.path.join(ROOT, name))
    if not full.startswith(ROOT):
        raise ValueError("outside root")
    with open(full) as fh:  # SINK
        return fh.read()
''', "a prefix check on an abspath is no containment (/srv/data_evil, symlinks)"),
 "realpath-commonpath": ("safe", "import os\n" + PY_HEAD + '''
ROOT = "/srv/data"

@mcp.tool()
def t(name: str) -> str:
    full = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([full, ROOT]) != ROOT:
        raise ValueError("outside root")
    with open(full) as fh:
        return fh.read()
'''),
 "resolve-relative-to": ("safe", "from pathlib import Path\n" + PY_HEAD + '''
ROOT = Path("/srv/data")

@mcp.tool()
def t(name: str) -> str:
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        raise ValueError("outside root")
    return p.read_text()
'''),
 "constant": ("safe", PY_HEAD + '''
@mcp.tool()
def t(name: str) -> str:
    with open("/srv/data/index.txt") as fh:
        return fh.read().replace("NAME", name)
'''),
 "unreachable": ("safe", PY_HEAD + '''
def dump(path, data):
    with open(path, "w") as fh:
        fh.write(data)

@mcp.tool()
def t(name: str) -> str:
    return name[::-1]
'''),
 "lookalike-config": ("safe", "import os\n" + PY_HEAD + '''
CONFIG = os.environ.get("APP_CONFIG", "/etc/app.conf")

@mcp.tool()
def t(key: str) -> str:
    with open(CONFIG) as fh:
        for line in fh:
            if line.startswith(key + "="):
                return line
    return ""
'''),
}
for k, v in py.items():
    label, src = v[0], v[1]
    case(f"py-{k}", C, R, "py", label, k, {"server.py": src}, note=v[2] if len(v) > 2 else "")
ts = {
 "direct": ("vulnerable", 'import { readFileSync } from "node:fs";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const text = readFileSync(path, "utf8"); // SINK
  return { content: [{ type: "text", text }] };
});
'''),
 "join-promises": ("vulnerable", 'import fs from "node:fs/promises";\nimport path from "node:path";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = path.join("/srv/data", name);
  const text = await fs.readFile(full, "utf8"); // SINK
  return { content: [{ type: "text", text }] };
});
'''),
 "helper-write": ("vulnerable", 'import * as fs from "fs";\n' + TS_HEAD + '''
function save(file: string, data: string) {
  fs.writeFileSync(file, data); // SINK
}
server.registerTool("t", { inputSchema: { name: z.string(), body: z.string() } }, async ({ name, body }) => {
  save(`/srv/notes/${name}.md`, body);
  return { content: [{ type: "text", text: "saved" }] };
});
'''),
 "delete": ("vulnerable", 'import { rmSync } from "fs";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { dir: z.string() } }, async (args) => {
  rmSync("/tmp/work/" + args.dir, { recursive: true }); // SINK
  return { content: [{ type: "text", text: "removed" }] };
});
'''),
 "prefix-check": ("vulnerable", 'import { readFileSync } from "fs";\nimport path from "path";\n' + TS_HEAD + '''
const ROOT = "/srv/data";
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT)) {
    throw new Error("outside root");
  }
  return { content: [{ type: "text", text: readFileSync(full, "utf8") }] }; // SINK
});
''', "startsWith without a separator, on a path that is not symlink-resolved"),
 "realpath-relative": ("safe", 'import fs from "fs";\nimport path from "path";\n' + TS_HEAD + '''
const ROOT = "/srv/data";
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const full = fs.realpathSync(path.join(ROOT, name));
  const rel = path.relative(ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("outside root");
  }
  return { content: [{ type: "text", text: fs.readFileSync(full, "utf8") }] };
});
'''),
 "constant": ("safe", 'import { readFileSync } from "fs";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const text = readFileSync("/srv/data/index.txt", "utf8");
  return { content: [{ type: "text", text: text.replace("NAME", name) }] };
});
'''),
 "unreachable": ("safe", 'import { writeFileSync } from "fs";\n' + TS_HEAD + '''
export function dump(file: string, data: string) {
  writeFileSync(file, data);
}
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  return { content: [{ type: "text", text: name.split("").reverse().join("") }] };
});
'''),
 "enum-name": ("safe", 'import { readFileSync } from "fs";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { doc: z.enum(["readme", "license"]) } }, async ({ doc }) => {
  return { content: [{ type: "text", text: readFileSync(`/srv/docs/${doc}.md`, "utf8") }] };
});
'''),
 "lookalike-env": ("safe", 'import { readFileSync } from "fs";\n' + TS_HEAD + '''
const CONFIG = process.env.APP_CONFIG ?? "/etc/app.json";
server.registerTool("t", { inputSchema: { key: z.string() } }, async ({ key }) => {
  const cfg = JSON.parse(readFileSync(CONFIG, "utf8"));
  return { content: [{ type: "text", text: String(cfg[key] ?? "") }] };
});
'''),
}
for k, v in ts.items():
    case(f"ts-{k}", C, R, "ts", v[0], k, {"server.ts": v[1]}, note=v[2] if len(v) > 2 else "")
go = {
 "direct": ("vulnerable", ["os"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	data, err := os.ReadFile(in.Arg) // SINK
	return nil, string(data), err
}
'''),
 "join-open": ("vulnerable", ["io", "os", "path/filepath"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	full := filepath.Join("/srv/data", in.Arg)
	f, err := os.Open(full) // SINK
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return nil, string(b), err
}
'''),
 "helper-remove": ("vulnerable", ["os"], '''
func cleanup(dir string) error {
	return os.RemoveAll("/tmp/work/" + dir) // SINK
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, "ok", cleanup(in.Arg)
}
'''),
 "prefix-check": ("vulnerable", ["os", "path/filepath", "strings"], '''
const root = "/srv/data"

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	full := filepath.Clean(filepath.Join(root, in.Arg))
	if !strings.HasPrefix(full, root) {
		return nil, nil, os.ErrPermission
	}
	data, err := os.ReadFile(full) // SINK
	return nil, string(data), err
}
''', "HasPrefix without a separator on a cleaned, not symlink-resolved path"),
 "write": ("vulnerable", ["os"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	name := "/srv/notes/" + in.Arg + ".md"
	return nil, "saved", os.WriteFile(name, []byte("note"), 0o600) // SINK
}
'''),
 "os-root": ("safe", ["os"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	root, err := os.OpenRoot("/srv/data")
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	f, err := root.Open(in.Arg)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return nil, "opened", nil
}
'''),
 "evalsymlinks-rel": ("safe", ["errors", "os", "path/filepath", "strings"], '''
const root = "/srv/data"

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	full, err := filepath.EvalSymlinks(filepath.Join(root, in.Arg))
	if err != nil {
		return nil, nil, err
	}
	rel, err := filepath.Rel(root, full)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, nil, errors.New("outside root")
	}
	data, err := os.ReadFile(full)
	return nil, string(data), err
}
'''),
 "islocal": ("safe", ["errors", "os", "path/filepath"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	if !filepath.IsLocal(in.Arg) {
		return nil, nil, errors.New("not a local path")
	}
	data, err := os.ReadFile(filepath.Join("/srv/data", in.Arg))
	return nil, string(data), err
}
'''),
 "constant": ("safe", ["os", "strings"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	data, err := os.ReadFile("/srv/data/index.txt")
	return nil, strings.ReplaceAll(string(data), "NAME", in.Arg), err
}
'''),
 "unreachable": ("safe", ["os", "strings"], '''
func dump(name string, data []byte) error {
	return os.WriteFile(name, data, 0o600)
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, strings.ToUpper(in.Arg), nil
}
'''),
}
for k, v in go.items():
    case(f"go-{k}", C, R, "go", v[0], k, {"main.go": go_file(v[1], v[2])}, note=v[3] if len(v) > 3 else "")

# ---------------------------------------------------------------------------
# Code injection (MCP-010)
# ---------------------------------------------------------------------------
R = "MCP-010"; C = "code-injection"
py = {
 "eval": ("vulnerable", PY_HEAD + '''
@mcp.tool()
def t(expression: str) -> str:
    return str(eval(expression))  # SINK
'''),
 "exec-helper": ("vulnerable", PY_HEAD + '''
def run_snippet(code):
    scope = {}
    exec(code, scope)  # SINK
    return scope.get("result")

@mcp.tool()
def t(code: str) -> str:
    return str(run_snippet("result = " + code))
'''),
 "import-module": ("vulnerable", "import importlib\n" + PY_HEAD + '''
@mcp.tool()
def t(plugin: str) -> str:
    mod = importlib.import_module("plugins." + plugin)  # SINK
    return mod.run()
'''),
 "compile": ("vulnerable", PY_HEAD + '''
@mcp.tool()
def t(formula: str, x: float) -> str:
    body = f"def f(x):\\n    return {formula}"
    code = compile(body, "<formula>", "exec")  # SINK
    return "compiled"
'''),
 "literal-eval": ("safe", "import ast\n" + PY_HEAD + '''
@mcp.tool()
def t(expression: str) -> str:
    return str(ast.literal_eval(expression))
'''),
 "json-loads": ("safe", "import json\n" + PY_HEAD + '''
@mcp.tool()
def t(payload: str) -> str:
    data = json.loads(payload)
    return str(len(data))
'''),
 "constant-eval": ("safe", PY_HEAD + '''
@mcp.tool()
def t(x: float) -> str:
    return str(eval("2 ** 10") * x)
'''),
 "allow-listed-plugin": ("safe", "import importlib\n" + PY_HEAD + '''
PLUGINS = {"csv", "json", "yaml"}

@mcp.tool()
def t(plugin: str) -> str:
    if plugin not in PLUGINS:
        raise ValueError("unknown plugin")
    return importlib.import_module("plugins." + plugin).run()
'''),
 "unreachable": ("safe", PY_HEAD + '''
def debug_eval(expr):
    return eval(expr)

@mcp.tool()
def t(expression: str) -> str:
    return expression.strip()
'''),
 "lookalike-string": ("safe", PY_HEAD + '''
@mcp.tool()
def t(text: str) -> str:
    evaluation = text.count("eval(")
    return f"found {evaluation} eval calls"
'''),
}
for k, (label, src) in py.items():
    case(f"py-{k}", C, R, "py", label, k, {"server.py": src})
ts = {
 "eval": ("vulnerable", TS_HEAD + '''
server.registerTool("t", { inputSchema: { expr: z.string() } }, async ({ expr }) => {
  const value = eval(expr); // SINK
  return { content: [{ type: "text", text: String(value) }] };
});
'''),
 "new-function": ("vulnerable", TS_HEAD + '''
server.registerTool("t", { inputSchema: { body: z.string() } }, async ({ body }) => {
  const fn = new Function("x", "return " + body); // SINK
  return { content: [{ type: "text", text: String(fn(2)) }] };
});
'''),
 "vm-helper": ("vulnerable", 'import vm from "node:vm";\n' + TS_HEAD + '''
function sandboxed(code: string) {
  return vm.runInNewContext(code, {}); // SINK
}
server.registerTool("t", { inputSchema: { code: z.string() } }, async ({ code }) => {
  return { content: [{ type: "text", text: String(sandboxed(code)) }] };
});
'''),
 "settimeout-string": ("vulnerable", TS_HEAD + '''
server.registerTool("t", { inputSchema: { action: z.string() } }, async ({ action }) => {
  const script = "runAction('" + action + "')";
  setTimeout(script, 10); // SINK
  return { content: [{ type: "text", text: "scheduled" }] };
});
'''),
 "json-parse": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { payload: z.string() } }, async ({ payload }) => {
  const data = JSON.parse(payload);
  return { content: [{ type: "text", text: String(Object.keys(data).length) }] };
});
'''),
 "settimeout-function": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { action: z.string() } }, async ({ action }) => {
  setTimeout(() => console.error(action), 10);
  return { content: [{ type: "text", text: "scheduled" }] };
});
'''),
 "constant-function": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { x: z.number() } }, async ({ x }) => {
  const square = new Function("x", "return x * x");
  return { content: [{ type: "text", text: String(square(x)) }] };
});
'''),
 "unreachable": ("safe", TS_HEAD + '''
export function debugEval(code: string) {
  return eval(code);
}
server.registerTool("t", { inputSchema: { code: z.string() } }, async ({ code }) => {
  return { content: [{ type: "text", text: code.trim() }] };
});
'''),
 "enum": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { op: z.enum(["add", "sub"]) } }, async ({ op }) => {
  const fn = new Function("a", "b", op === "add" ? "return a + b" : "return a - b");
  return { content: [{ type: "text", text: String(fn(1, 2)) }] };
});
'''),
}
for k, (label, src) in ts.items():
    case(f"ts-{k}", C, R, "ts", label, k, {"server.ts": src})
go = {
 "plugin-open": ("vulnerable", ["plugin"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	p, err := plugin.Open("/srv/plugins/" + in.Arg + ".so") // SINK
	if err != nil {
		return nil, nil, err
	}
	_ = p
	return nil, "loaded", nil
}
'''),
 "yaegi": ("vulnerable", ["github.com/traefik/yaegi/interp"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	i := interp.New(interp.Options{})
	v, err := i.Eval(in.Arg) // SINK
	return nil, v.String(), err
}
'''),
 "yaegi-helper": ("vulnerable", ["github.com/traefik/yaegi/interp"], '''
func evaluate(src string) (string, error) {
	i := interp.New(interp.Options{})
	v, err := i.Eval(src) // SINK
	if err != nil {
		return "", err
	}
	return v.String(), nil
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := evaluate("1 + " + in.Arg)
	return nil, out, err
}
'''),
 "json": ("safe", ["encoding/json"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	var v map[string]any
	err := json.Unmarshal([]byte(in.Arg), &v)
	return nil, len(v), err
}
'''),
 "constant-plugin": ("safe", ["plugin"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	p, err := plugin.Open("/srv/plugins/core.so")
	_ = p
	return nil, in.Arg, err
}
'''),
 "unreachable": ("safe", ["github.com/traefik/yaegi/interp"], '''
func debugEval(src string) error {
	_, err := interp.New(interp.Options{}).Eval(src)
	return err
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, in.Arg, nil
}
'''),
}
for k, (label, imports, body) in go.items():
    case(f"go-{k}", C, R, "go", label, k, {"main.go": go_file(imports, body)})

# ---------------------------------------------------------------------------
# Server-side request forgery (MCP-060)
# ---------------------------------------------------------------------------
R = "MCP-060"; C = "ssrf"
py = {
 "requests-get": ("vulnerable", "import requests\n" + PY_HEAD + '''
@mcp.tool()
def t(url: str) -> str:
    return requests.get(url, timeout=10).text  # SINK
'''),
 "httpx-helper": ("vulnerable", "import httpx\n" + PY_HEAD + '''
async def fetch(target):
    async with httpx.AsyncClient(timeout=10) as client:
        res = await client.get(target)  # SINK
        return res.text

@mcp.tool()
async def t(url: str) -> str:
    return await fetch(url)
'''),
 "urlopen": ("vulnerable", "import urllib.request\n" + PY_HEAD + '''
@mcp.tool()
def t(host: str) -> str:
    url = f"http://{host}/status"
    with urllib.request.urlopen(url, timeout=5) as res:  # SINK
        return res.read().decode()
'''),
 "post-webhook": ("vulnerable", "import requests\n" + PY_HEAD + '''
@mcp.tool()
def t(webhook: str, message: str) -> str:
    payload = {"text": message}
    requests.post(webhook, json=payload, timeout=10)  # SINK
    return "sent"
'''),
 "allow-listed-host": ("safe", "import requests\nfrom urllib.parse import urlparse\n" + PY_HEAD + '''
ALLOWED_HOSTS = {"api.github.com", "api.example.com"}

@mcp.tool()
def t(url: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return requests.get(url, timeout=10).text
'''),
 "constant-url": ("safe", "import requests\n" + PY_HEAD + '''
@mcp.tool()
def t(query: str) -> str:
    return requests.get("https://api.example.com/search", params={"q": query}, timeout=10).text
'''),
 "fixed-host-path": ("safe", "import requests\n" + PY_HEAD + '''
@mcp.tool()
def t(user_id: int) -> str:
    return requests.get(f"https://api.example.com/users/{user_id}", timeout=10).text
''', "the host is fixed and the id an int"),
 "unreachable": ("safe", "import requests\n" + PY_HEAD + '''
def probe(url):
    return requests.get(url, timeout=3).status_code

@mcp.tool()
def t(url: str) -> str:
    return url.lower()
'''),
 "lookalike-env": ("safe", "import os, requests\n" + PY_HEAD + '''
BACKEND = os.environ.get("BACKEND_URL", "http://localhost:9000")

@mcp.tool()
def t(query: str) -> str:
    return requests.get(BACKEND + "/search", params={"q": query}, timeout=10).text
'''),
}
for k, v in py.items():
    case(f"py-{k}", C, R, "py", v[0], k, {"server.py": v[1]}, note=v[2] if len(v) > 2 else "")
ts = {
 "fetch": ("vulnerable", TS_HEAD + '''
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  const res = await fetch(url); // SINK
  return { content: [{ type: "text", text: await res.text() }] };
});
'''),
 "axios-helper": ("vulnerable", 'import axios from "axios";\n' + TS_HEAD + '''
async function getJson(target: string) {
  const res = await axios.get(target); // SINK
  return res.data;
}
server.registerTool("t", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  return { content: [{ type: "text", text: JSON.stringify(await getJson(url)) }] };
});
''', "z.string().url() checks the syntax, not the host"),
 "template-host": ("vulnerable", TS_HEAD + '''
server.registerTool("t", { inputSchema: { host: z.string() } }, async ({ host }) => {
  const res = await fetch(`http://${host}:8080/health`); // SINK
  return { content: [{ type: "text", text: String(res.status) }] };
});
'''),
 "allow-listed": ("safe", TS_HEAD + '''
const ALLOWED_HOSTS = new Set(["api.github.com", "api.example.com"]);
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) {
    throw new Error("host not allowed");
  }
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});
'''),
 "constant-url": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { q: z.string() } }, async ({ q }) => {
  const res = await fetch("https://api.example.com/search", { method: "POST", body: JSON.stringify({ q }) });
  return { content: [{ type: "text", text: await res.text() }] };
});
'''),
 "unreachable": ("safe", TS_HEAD + '''
export async function probe(url: string) {
  return (await fetch(url)).status;
}
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  return { content: [{ type: "text", text: url.toLowerCase() }] };
});
'''),
 "enum-region": ("safe", TS_HEAD + '''
server.registerTool("t", { inputSchema: { region: z.enum(["eu", "us"]) } }, async ({ region }) => {
  const res = await fetch(`https://${region}.api.example.com/status`);
  return { content: [{ type: "text", text: String(res.status) }] };
});
'''),
}
for k, v in ts.items():
    case(f"ts-{k}", C, R, "ts", v[0], k, {"server.ts": v[1]}, note=v[2] if len(v) > 2 else "")
go = {
 "http-get": ("vulnerable", ["net/http"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	res, err := http.Get(in.Arg) // SINK
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	return nil, res.Status, nil
}
'''),
 "newrequest-do": ("vulnerable", ["net/http"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+in.Arg+"/metrics", nil) // SINK
	if err != nil {
		return nil, nil, err
	}
	res, err := http.DefaultClient.Do(r)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	return nil, res.Status, nil
}
'''),
 "helper": ("vulnerable", ["net/http"], '''
func probe(url string) (int, error) {
	res, err := http.Head(url) // SINK
	if err != nil {
		return 0, err
	}
	res.Body.Close()
	return res.StatusCode, nil
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	code, err := probe(in.Arg)
	return nil, code, err
}
'''),
 "constant": ("safe", ["net/http"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	res, err := http.Get("https://api.example.com/status")
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	return nil, res.Status + in.Arg, nil
}
'''),
 "allow-listed": ("safe", ["errors", "net/http", "net/url", "slices"], '''
var ALLOWED_HOSTS = []string{"api.github.com"}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	u, err := url.Parse(in.Arg)
	if err != nil || !slices.Contains(ALLOWED_HOSTS, u.Hostname()) {
		return nil, nil, errors.New("host not allowed")
	}
	res, err := http.Get(in.Arg)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	return nil, res.Status, nil
}
'''),
 "unreachable": ("safe", ["net/http", "strings"], '''
func probe(url string) error {
	_, err := http.Get(url)
	return err
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, strings.ToLower(in.Arg), nil
}
'''),
}
for k, (label, imports, body) in go.items():
    case(f"go-{k}", C, R, "go", label, k, {"main.go": go_file(imports, body)})

# ---------------------------------------------------------------------------
# Argv flag injection (MCP-276)
# ---------------------------------------------------------------------------
R = "MCP-276"; C = "argv-injection"
py = {
 "git-diff": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(ref: str) -> str:
    return subprocess.run(["git", "diff", ref], capture_output=True, text=True).stdout  # SINK
'''),
 "curl-helper": ("vulnerable", "import subprocess\n" + PY_HEAD + '''
def download(url):
    return subprocess.check_output(["curl", "-s", url])  # SINK

@mcp.tool()
def t(url: str) -> str:
    return download(url).decode()
'''),
 "double-dash": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(ref: str) -> str:
    return subprocess.run(["git", "diff", "--", ref], capture_output=True, text=True).stdout
'''),
 "dash-rejected": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(ref: str) -> str:
    if ref.startswith("-"):
        raise ValueError("refs cannot start with -")
    return subprocess.run(["git", "diff", ref], capture_output=True, text=True).stdout
'''),
 "joined-flag": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(ref: str) -> str:
    return subprocess.run(["git", "log", f"--format={ref}"], capture_output=True, text=True).stdout
'''),
 "other-binary": ("safe", "import subprocess\n" + PY_HEAD + '''
@mcp.tool()
def t(text: str) -> str:
    return subprocess.run(["/usr/local/bin/summarize", text], capture_output=True, text=True).stdout
''', "a program of the project, not one of the binaries with dangerous flags"),
}
for k, v in py.items():
    case(f"py-{k}", C, R, "py", v[0], k, {"server.py": v[1]}, note=v[2] if len(v) > 2 else "")
ts = {
 "execfile-git": ("vulnerable", 'import { execFileSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { ref: z.string() } }, async ({ ref }) => {
  const out = execFileSync("git", ["show", ref]).toString(); // SINK
  return { content: [{ type: "text", text: out }] };
});
'''),
 "spawn-kubectl": ("vulnerable", 'import { spawnSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { pod: z.string() } }, async ({ pod }) => {
  const res = spawnSync("kubectl", ["logs", pod]); // SINK
  return { content: [{ type: "text", text: res.stdout.toString() }] };
});
'''),
 "double-dash": ("safe", 'import { execFileSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { ref: z.string() } }, async ({ ref }) => {
  const out = execFileSync("git", ["show", "--end-of-options", ref]).toString();
  return { content: [{ type: "text", text: out }] };
});
'''),
 "dash-rejected": ("safe", 'import { execFileSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { ref: z.string() } }, async ({ ref }) => {
  if (ref.startsWith("-")) {
    throw new Error("invalid ref");
  }
  const out = execFileSync("git", ["show", ref]).toString();
  return { content: [{ type: "text", text: out }] };
});
'''),
 "regex-ref": ("safe", 'import { execFileSync } from "child_process";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { ref: z.string().regex(/^[0-9a-f]{7,40}$/) } }, async ({ ref }) => {
  const out = execFileSync("git", ["show", ref]).toString();
  return { content: [{ type: "text", text: out }] };
});
'''),
}
for k, (label, src) in ts.items():
    case(f"ts-{k}", C, R, "ts", label, k, {"server.ts": src})
go = {
 "git-log": ("vulnerable", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("git", "log", in.Arg).Output() // SINK
	return nil, string(out), err
}
'''),
 "helper-ssh": ("vulnerable", ["os/exec"], '''
func remote(host string) ([]byte, error) {
	return exec.Command("ssh", host, "uptime").Output() // SINK
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := remote(in.Arg)
	return nil, string(out), err
}
'''),
 "double-dash": ("safe", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("git", "log", "--end-of-options", in.Arg).Output()
	return nil, string(out), err
}
'''),
 "dash-rejected": ("safe", ["errors", "os/exec", "strings"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	if strings.HasPrefix(in.Arg, "-") {
		return nil, nil, errors.New("invalid ref")
	}
	out, err := exec.Command("git", "log", in.Arg).Output()
	return nil, string(out), err
}
'''),
 "joined-flag": ("safe", ["os/exec"], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := exec.Command("git", "log", "--author="+in.Arg).Output()
	return nil, string(out), err
}
'''),
}
for k, (label, imports, body) in go.items():
    case(f"go-{k}", C, R, "go", label, k, {"main.go": go_file(imports, body)})


# ---------------------------------------------------------------------------
# More shapes: CommonJS, flows across files, class fields.
# ---------------------------------------------------------------------------
JS_HEAD = ('const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");\n'
           'const { z } = require("zod");\n'
           'const server = new McpServer({ name: "eval", version: "1.0.0" });\n')
js_cases = {
 ("command-injection", "MCP-002", "cjs-exec"): ("vulnerable", 'const cp = require("child_process");\n' + JS_HEAD + '''
server.tool("t", { arg: z.string() }, async ({ arg }) => {
  cp.exec("echo " + arg, () => {}); // SINK
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 ("command-injection", "MCP-002", "cjs-destructured-require"): ("vulnerable", 'const { execSync } = require("child_process");\n' + JS_HEAD + '''
function restart(service) {
  return execSync(`systemctl restart ${service}`); // SINK
}
server.tool("t", { svc: z.string() }, async (args) => {
  restart(args.svc);
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 ("command-injection", "MCP-002", "cjs-execfile-safe"): ("safe", 'const { execFile } = require("child_process");\n' + JS_HEAD + '''
server.tool("t", { arg: z.string() }, async ({ arg }) => {
  execFile("echo", [arg], () => {});
  return { content: [{ type: "text", text: "ok" }] };
});
'''),
 ("command-injection", "MCP-002", "cjs-constant"): ("safe", 'const { execSync } = require("child_process");\n' + JS_HEAD + '''
server.tool("t", { arg: z.string() }, async ({ arg }) => {
  const out = execSync("df -h").toString();
  return { content: [{ type: "text", text: out + arg }] };
});
'''),
 ("path-traversal", "MCP-003", "cjs-readfile"): ("vulnerable", 'const fs = require("fs");\n' + JS_HEAD + '''
server.tool("t", { file: z.string() }, async ({ file }) => {
  const text = fs.readFileSync("/srv/docs/" + file, "utf8"); // SINK
  return { content: [{ type: "text", text }] };
});
'''),
 ("path-traversal", "MCP-003", "cjs-stream"): ("vulnerable", 'const fs = require("fs");\n' + JS_HEAD + '''
server.tool("t", { file: z.string() }, async ({ file }) => {
  const stream = fs.createReadStream(file); // SINK
  return { content: [{ type: "text", text: String(stream.bytesRead) }] };
});
'''),
 ("path-traversal", "MCP-003", "cjs-constant"): ("safe", 'const fs = require("fs");\n' + JS_HEAD + '''
server.tool("t", { file: z.string() }, async ({ file }) => {
  const text = fs.readFileSync("/srv/docs/index.md", "utf8");
  return { content: [{ type: "text", text: text + file }] };
});
'''),
}
for (cls, rule, k), (label, src) in js_cases.items():
    case(f"js-{k}", cls, rule, "js", label, k, {"server.js": src})

case("py-crossfile", "path-traversal", "MCP-003", "py", "vulnerable", "other-file", {
    "server.py": "from storage import read_doc\n" + PY_HEAD + '''
@mcp.tool()
def t(name: str) -> str:
    return read_doc(name)
''',
    "storage.py": '''
import os

def read_doc(name):
    with open(os.path.join("/srv/docs", name)) as fh:  # SINK
        return fh.read()
'''})
case("py-crossfile-contained", "path-traversal", "MCP-003", "py", "safe", "other-file-sanitized", {
    "server.py": "from storage import read_doc\n" + PY_HEAD + '''
@mcp.tool()
def t(name: str) -> str:
    return read_doc(name)
''',
    "storage.py": '''
from pathlib import Path

ROOT = Path("/srv/docs")

def read_doc(name):
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        raise PermissionError(name)
    return p.read_text()
'''})
case("ts-crossfile", "path-traversal", "MCP-003", "ts", "vulnerable", "other-file", {
    "server.ts": 'import { readDoc } from "./storage.js";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { name: z.string() } }, async ({ name }) => {
  return { content: [{ type: "text", text: readDoc(name) }] };
});
''',
    "storage.ts": '''
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readDoc(name: string): string {
  return readFileSync(join("/srv/docs", name), "utf8"); // SINK
}
'''})
case("go-crossfile", "path-traversal", "MCP-003", "go", "vulnerable", "other-file", {
    "main.go": go_file([], '''
func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	data, err := readDoc(in.Arg)
	return nil, string(data), err
}
'''),
    "storage.go": '''
package main

import (
	"os"
	"path/filepath"
)

func readDoc(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("/srv/docs", name)) // SINK
}
'''})
case("py-crossfile", "ssrf", "MCP-060", "py", "vulnerable", "other-file", {
    "server.py": "from client import get_page\n" + PY_HEAD + '''
@mcp.tool()
def t(url: str) -> str:
    return get_page(url)
''',
    "client.py": '''
import requests

def get_page(url):
    return requests.get(url, timeout=10).text  # SINK
'''})
case("ts-crossfile", "ssrf", "MCP-060", "ts", "vulnerable", "other-file", {
    "server.ts": 'import { getPage } from "./client.js";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { url: z.string() } }, async ({ url }) => {
  return { content: [{ type: "text", text: await getPage(url) }] };
});
''',
    "client.ts": '''
export async function getPage(url: string): Promise<string> {
  const res = await fetch(url); // SINK
  return res.text();
}
'''})
case("ts-crossfile-constant", "ssrf", "MCP-060", "ts", "safe", "other-file-constant", {
    "server.ts": 'import { getPage } from "./client.js";\n' + TS_HEAD + '''
server.registerTool("t", { inputSchema: { q: z.string() } }, async ({ q }) => {
  const page = await getPage("https://status.example.com/");
  return { content: [{ type: "text", text: page + q }] };
});
''',
    "client.ts": '''
export async function getPage(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}
'''})
# ---------------------------------------------------------------------------
import collections
with open(os.path.join(ROOT, "manifest.json"), "w") as fh:
    json.dump({"note": "Generated by bench/tainteval/gen.py. Cases are never deleted or relabelled to improve a score.",
               "cases": cases}, fh, indent=1)
    fh.write("\n")
by = collections.Counter((c["class"], c["lang"], c["label"]) for c in cases)
print(len(cases), "cases")
