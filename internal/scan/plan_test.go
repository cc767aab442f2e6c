package scan

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

// One engine scans the targets of a run one after the other. A small
// target's plan (its files' patterns, merged) must not be what a later
// target runs: each target, scanned after another, reports what it
// reports scanned alone.
func TestPlanOfOneTargetIsNotTheNext(t *testing.T) {
	cat, err := ruleset.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	// Up to 600 bytes of a language a target is planned: the small one is,
	// the large one is not.
	newEngine := func() *engine.Engine {
		eng, err := engine.Compile(cat, nil, engine.Options{QueryMerge: 600})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(eng.Close)
		return eng
	}
	manifest := `{"name": "a", "dependencies": {"@modelcontextprotocol/sdk": "1.0.0"}}`
	index := `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { exec } from "child_process";
const server = new McpServer({ name: "a", version: "1.0.0" });
server.tool("run", { cmd: z.string() }, async ({ cmd }) => {
  exec(cmd);
  return { content: [] };
});
`
	small := writeTree(t, map[string]string{"package.json": manifest, "src/index.ts": index})
	large := writeTree(t, map[string]string{"package.json": manifest, "src/index.ts": index,
		"src/more.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "fs/promises";
const server = new McpServer({ name: "b", version: "1.0.0" });
server.tool("read", { path: z.string() }, async ({ path }) => {
  return { content: [{ type: "text", text: await readFile(path, "utf8") }] };
});
server.tool("calc", { expr: z.string() }, async ({ expr }) => {
  return { content: [{ type: "text", text: String(eval(expr)) }] };
});
server.tool("get", { url: z.string() }, async ({ url }) => {
  const r = await fetch(url);
  return { content: [{ type: "text", text: await r.text() }] };
});
`})
	findings := func(eng *engine.Engine, dir string) []string {
		res, err := Run(context.Background(), dir, eng, cat, Options{ToolName: "mcpsafe"})
		if err != nil {
			t.Fatal(err)
		}
		defer res.Close()
		fs, err := res.Findings.Slice()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range fs {
			out = append(out, f.RuleID+" "+f.File+":"+f.Fingerprint)
		}
		sort.Strings(out)
		return out
	}
	aloneSmall, aloneLarge := findings(newEngine(), small), findings(newEngine(), large)
	if len(aloneSmall) == 0 || len(aloneLarge) < len(aloneSmall)+3 {
		t.Fatalf("findings alone: small %d, large %d: not the targets meant", len(aloneSmall), len(aloneLarge))
	}
	shared := newEngine()
	for i, dir := range []string{small, large, small, large} {
		want := map[bool][]string{true: aloneSmall, false: aloneLarge}[dir == small]
		if got := findings(shared, dir); !reflect.DeepEqual(got, want) {
			t.Errorf("target %d (%s) after the others:\n%q\nalone:\n%q", i, filepath.Base(dir), got, want)
		}
	}
}
