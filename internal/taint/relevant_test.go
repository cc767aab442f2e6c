package taint_test

import (
	"reflect"
	"sort"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/taint"
)

// TestRelevant checks which modules the project analysis keeps: those with
// a source, their callers, and what either calls; and that leaving out the
// rest changes no flow (flows compares both).
func TestRelevant(t *testing.T) {
	files := map[string]string{
		// A source, passed down two files to a sink.
		"src/a.js": "import { helper } from './b.js'\nexport function entry() { helper(secret()) }\nexport function getSecret() { return secret() }\n",
		"src/b.js": "import { deeper } from './d.js'\nexport function helper(x) { deeper(x) }\n",
		"src/d.js": "export function deeper(y) {\n  sink(y)\n}\n",
		// A caller that gets the source as a result and passes it on.
		"src/e.js": "import { getSecret } from './a.js'\nimport { log } from './g.js'\nexport function run() { log(getSecret()) }\n",
		"src/g.js": "export function log(v) {\n  sink(v)\n}\n",
		// Code no source reaches: a sink that only sees constants.
		"src/c.js": "import { util } from './h.js'\nexport function other() { util(1) }\n",
		"src/h.js": "export function util(z) {\n  sink(z)\n}\n",
		// A barrel re-exports without calling anything.
		"src/index.js": "export * from './a.js'\nexport * from './c.js'\nimport './b.js'\n",
		// A Go package: files call each other by name, without imports.
		"p/x.go": "package p\n\nfunc Entry() { Helper(Secret()) }\n",
		"p/y.go": "package p\n\nfunc Helper(s string) {\n\tSink(s)\n}\n",
		"p/z.go": "package p\n\nfunc Unused(s string) {\n\tSink(s)\n}\n",
	}
	var kept []string
	for _, m := range taint.Relevant(lower(t, files)) {
		kept = append(kept, m.File)
	}
	sort.Strings(kept)
	want := []string{"p/x.go", "p/y.go", "src/a.js", "src/b.js", "src/d.js", "src/e.js", "src/g.js"}
	if !reflect.DeepEqual(kept, want) {
		t.Errorf("relevant modules = %v, want %v", kept, want)
	}
	got := flows(t, files, true)
	wantFlows := []string{"p/y.go:4", "src/d.js:2", "src/g.js:2"}
	if !reflect.DeepEqual(got, wantFlows) {
		t.Errorf("flows = %v, want %v", got, wantFlows)
	}
}

// TestRelevantWithoutSources: a module without a source that a
// relevant module calls stays, however far down; nothing is kept without
// a source.
func TestRelevantWithoutSources(t *testing.T) {
	files := map[string]string{
		"a.py": "from b import f\n\ndef g(x):\n    f(x)\n",
		"b.py": "def f(y):\n    sink(y)\n",
	}
	if got := taint.Relevant(lower(t, files)); len(got) != 0 {
		var names []string
		for _, m := range got {
			names = append(names, m.File)
		}
		t.Errorf("relevant modules without any source = %v, want none", names)
	}
	files["c.py"] = "from a import g\n\ndef h():\n    g(secret())\n"
	var kept []string
	for _, m := range taint.Relevant(lower(t, files)) {
		kept = append(kept, m.File)
	}
	sort.Strings(kept)
	if want := []string{"a.py", "b.py", "c.py"}; !reflect.DeepEqual(kept, want) {
		t.Errorf("relevant modules = %v, want %v", kept, want)
	}
	if got, want := flows(t, files, true), []string{"b.py:2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("flows = %v, want %v", got, want)
	}
}

// TestComponents groups the kept modules by the calls between them: the
// JavaScript chain, the caller that reaches it through a result, and the
// Go package form two parts; modules no source reaches are in none.
func TestComponents(t *testing.T) {
	files := map[string]string{
		"src/a.js": "import { helper } from './b.js'\nexport function entry() { helper(secret()) }\nexport function getSecret() { return secret() }\n",
		"src/b.js": "export function helper(x) {\n  sink(x)\n}\n",
		"src/e.js": "import { getSecret } from './a.js'\nexport function run() { sink(getSecret()) }\n",
		"src/c.js": "import { util } from './h.js'\nexport function other() { util(1) }\n",
		"src/h.js": "export function util(z) {\n  sink(z)\n}\n",
		"p/x.go":   "package p\n\nfunc Entry() { Helper(Secret()) }\n",
		"p/y.go":   "package p\n\nfunc Helper(s string) {\n\tSink(s)\n}\n",
		"q/w.go":   "package q\n\nfunc Alone() {\n\tSink(Secret())\n}\n",
	}
	var got [][]string
	for _, part := range taint.Components(lower(t, files)) {
		var names []string
		for _, m := range part {
			names = append(names, m.File)
		}
		got = append(got, names)
	}
	want := [][]string{{"p/x.go", "p/y.go"}, {"q/w.go"}, {"src/a.js", "src/b.js", "src/e.js"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parts = %v, want %v", got, want)
	}
}
