package taint_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/taint"
)

// testAnnotator marks calls named sink(...) as sinks of rule 0,
// clean(...) as its sanitizer, check(...) as its guard and secret() as a
// source of kind "secret".
type testAnnotator struct{}

func (testAnnotator) CallHits(call *sitter.Node, callee string) []ir.Hit {
	switch lastSeg(callee) {
	case "sink", "Sink":
		return []ir.Hit{{Rule: 0, Role: ir.RoleSink, Note: "test sink"}}
	case "clean", "Clean":
		return []ir.Hit{{Rule: 0, Role: ir.RoleSanitizer}}
	case "check", "Check":
		return []ir.Hit{{Rule: 0, Role: ir.RoleGuard}}
	case "secret", "Secret":
		return []ir.Hit{{Rule: 0, Role: ir.RoleSource, Kind: "secret", Note: "a secret"}}
	}
	return nil
}

func (testAnnotator) ReadHits(*sitter.Node, string) []ir.Hit { return nil }

func lastSeg(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func lower(t *testing.T, files map[string]string) []*ir.Module {
	t.Helper()
	p := lang.NewParsers()
	defer p.Close()
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var mods []*ir.Module
	for _, name := range names {
		l := lang.Detect(name)
		src := []byte(files[name])
		tree, err := p.Parse(l, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		s := lang.NewSource(src)
		imps, err := lang.ExtractImports(l, tree, s)
		if err != nil {
			t.Fatal(err)
		}
		var hs *mcpctx.Handlers
		if len(mcpctx.FileEvidence(name, l, imps)) > 0 {
			hs, err = mcpctx.FindHandlers(l, tree.RootNode(), s)
			if err != nil {
				t.Fatal(err)
			}
		}
		mods = append(mods, ir.Lower(name, l, tree.RootNode(), s, imps, hs, testAnnotator{}, ir.Options{}))
		tree.Close()
	}
	return mods
}

// flows runs rule 0 and returns "file:line" of each flow's sink.
func flows(t *testing.T, files map[string]string, interprocedural bool) []string {
	t.Helper()
	rule := &taint.Rule{Index: 0, ID: "T-1", Sources: map[string]bool{"tool-input": true, "secret": true}, AllowListGuards: true}
	mods := lower(t, files)
	out := flowSinks(taint.Analyze(mods, taint.Config{Rules: []*taint.Rule{rule}, Interprocedural: interprocedural}))
	if interprocedural {
		// Leaving out the modules no flow can pass through changes nothing.
		pruned := flowSinks(taint.Analyze(taint.Relevant(mods), taint.Config{Rules: []*taint.Rule{rule}, Interprocedural: true}))
		if strings.Join(pruned, " ") != strings.Join(out, " ") {
			t.Errorf("flows over the relevant modules = %v, over all of them = %v", pruned, out)
		}
	}
	return out
}

func flowSinks(res taint.Result) []string {
	var out []string
	for _, f := range res.Flows {
		out = append(out, fmt.Sprintf("%s:%d", f.File, f.Pos.Line))
	}
	sort.Strings(out)
	return out
}

const pyHead = "from mcp.server.fastmcp import FastMCP\nmcp = FastMCP('t')\n"

func TestPythonFlows(t *testing.T) {
	src := pyHead + `
def helper(x):
    return "cmd " + x

def runner(y):
    sink(y)

@mcp.tool()
def tool(a: str, n: int, ctx: Context) -> str:
    b = f"{a}!"
    c = {"k": [b]}
    d, e = c["k"], "const"
    sink(d)
    sink(e)
    sink(n)
    sink(clean(a))
    f = helper(a)
    runner(f)
    g = a
    g = "safe"
    sink(g)
    if a not in ALLOWED:
        raise ValueError()
    sink(a)
    return "ok"

@mcp.tool()
def other(p: str) -> str:
    raw = p
    if not check(p):
        return "no"
    sink(p)
    for item in [raw, "x"]:
        sink(item)
    sink(secret())
    return "ok"
`
	// Flows: d (line 15), the loop item (36), the secret (37), and, in
	// deep mode, runner's sink reached through helper (8). Quiet: the
	// constant e (16), the int n (17), clean(a) (18), the overwritten g
	// (23), the allow-listed a (26) and the checked p (34).
	got := flows(t, map[string]string{"s.py": src}, true)
	want := []string{"s.py:15", "s.py:36", "s.py:37", "s.py:8"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("deep flows %v, want %v", got, want)
	}
	// Fast mode: only flows inside one function; the helper's sink is
	// unreachable from its own parameters.
	got = flows(t, map[string]string{"s.py": src}, false)
	want = []string{"s.py:15", "s.py:36", "s.py:37"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("fast flows %v, want %v", got, want)
	}
}

func TestTypeScriptFlows(t *testing.T) {
	src := `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
const server = new McpServer({ name: "t", version: "1" });
class Box {
  constructor(private v: string) {}
  run(x: string) { sink(x); }
}
const wrap = (s: string) => ({ inner: s });
server.registerTool("t", {}, async ({ a, b }) => {
  const o = wrap(a);
  sink(o.inner);
  const { inner } = o;
  sink(` + "`${inner}`" + `);
  [a].forEach((x) => sink(x));
  new Box("c").run(b);
  sink(clean(a));
  return { content: [] };
});
`
	got := flows(t, map[string]string{"s.ts": src}, true)
	want := []string{"s.ts:10", "s.ts:12", "s.ts:13", "s.ts:5"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("flows %v, want %v", got, want)
	}
}

func TestGoFlowsAcrossFiles(t *testing.T) {
	main := `package main

import "github.com/modelcontextprotocol/go-sdk/mcp"

type In struct {
	Path  string
	Count int
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	p := "/srv/" + in.Path
	doSink(p)
	sink(in.Count)
	return nil, nil, nil
}

func main() {
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
`
	helper := `package main

func doSink(x string) {
	sink(x)
}
`
	got := flows(t, map[string]string{"main.go": main, "helper.go": helper}, true)
	want := []string{"helper.go:4"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("flows %v, want %v", got, want)
	}
}

func TestTraceAndTool(t *testing.T) {
	src := pyHead + `
def helper(x):
    sink(x)

@mcp.tool(name="run_it")
def tool(arg: str) -> str:
    cmd = "run " + arg
    helper(cmd)
`
	rule := &taint.Rule{Index: 0, ID: "T-1", Sources: map[string]bool{"tool-input": true}}
	res := taint.Analyze(lower(t, map[string]string{"s.py": src}), taint.Config{Rules: []*taint.Rule{rule}, Interprocedural: true})
	if len(res.Flows) != 1 {
		t.Fatalf("flows: %+v", res.Flows)
	}
	f := res.Flows[0]
	if f.Tool() != "run_it" {
		t.Errorf("tool %q", f.Tool())
	}
	var notes []string
	for _, s := range f.Trace {
		notes = append(notes, fmt.Sprintf("%d:%s", s.Line, s.Note))
	}
	joined := strings.Join(notes, " | ")
	for _, want := range []string{"input `arg` of tool run_it", "assigned to `cmd`", "passed to helper()", "reaches sink"} {
		if !strings.Contains(joined, want) {
			t.Errorf("trace %q lacks %q", joined, want)
		}
	}
	if f.Trace[len(f.Trace)-1].Line != 5 {
		t.Errorf("trace must end at the sink: %q", joined)
	}
}

func TestRecursionTerminates(t *testing.T) {
	src := pyHead + `
def a(x):
    return b(x)

def b(y):
    if y:
        return a(y)
    sink(y)
    return y

@mcp.tool()
def tool(v: str) -> str:
    return a(v)
`
	got := flows(t, map[string]string{"s.py": src}, true)
	if len(got) != 1 || got[0] != "s.py:10" {
		t.Errorf("flows %v", got)
	}
}
