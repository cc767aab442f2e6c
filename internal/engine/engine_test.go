package engine

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// rule builds a minimal valid rule file around a patterns block.
func rule(id, gate, keywords, patterns string, extra ...string) string {
	// The rule's languages are those its patterns cover.
	seen := map[string]bool{}
	var langs []string
	for _, m := range patternLangs.FindAllStringSubmatch(patterns, -1) {
		for _, l := range strings.Split(m[1], ",") {
			if l = strings.TrimSpace(l); !seen[l] {
				seen[l] = true
				langs = append(langs, l)
			}
		}
	}
	ex := langs[0]
	return fmt.Sprintf(`id: %s
name: test-rule
title: Test rule %s
severity: HIGH
cwe: CWE-1
category: SI
scan_type: fast
languages: [%s]
gate: %s
message: matched {{call}}
what: w
why_mcp: y
vulnerable_example: {%s: "x"}
secure_example: {%s: "x"}
detection: d
keywords: %s
%s
patterns:
%s`, id, id, strings.Join(langs, ", "), gate, ex, ex, keywords, strings.Join(extra, "\n"), patterns)
}

var patternLangs = regexp.MustCompile(`languages: \[([^\]]*)\]`)

const pyCall = `  - languages: [py]
    query: |
      (call function: (_) @fn) @call
    report: call
`

func compile(t *testing.T, files map[string]string) *Engine {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return compileFS(t, fsys, catalog.Options{QueryCheck: QueryCheck})
}

// compileFS loads the rules in fsys and compiles every one (with the
// engine options given, if any); the engine is closed when the test ends.
func compileFS(t *testing.T, fsys fs.FS, opts catalog.Options, eopts ...Options) *Engine {
	t.Helper()
	cat, err := catalog.Load(fsys, ".", opts)
	if err != nil {
		t.Fatal(err)
	}
	var o Options
	if len(eopts) > 0 {
		o = eopts[0]
	}
	e, err := Compile(cat, nil, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

func scan(t *testing.T, e *Engine, name, src string) FileResult {
	t.Helper()
	w := e.NewWorker()
	defer w.Close()
	return w.ScanFile(FileInput{Path: name, Lang: lang.Detect(name), Src: []byte(src), ProjectMayBeMCP: true})
}

func lines(fs []finding.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s@%d", f.RuleID, f.Line))
	}
	// Findings of one file come in rule order; compare them by position.
	sort.SliceStable(out, func(i, j int) bool {
		li, lj := out[i][strings.Index(out[i], "@")+1:], out[j][strings.Index(out[j], "@")+1:]
		if len(li) != len(lj) {
			return len(li) < len(lj)
		}
		if li != lj {
			return li < lj
		}
		return out[i] < out[j]
	})
	return strings.Join(out, " ")
}

const mcpPy = "from mcp.server.fastmcp import FastMCP\n"

func TestConditions(t *testing.T) {
	e := compile(t, map[string]string{
		"T-1.yaml": rule("T-1", "mcp-file", "[]", `  - languages: [py]
    query: |
      (call function: (_) @fn arguments: (argument_list) @args) @call
    report: call
    where:
      - capture: fn
        resolves_to: ["subprocess.*", "os.system"]
      - capture: args
        not_matches: 'shlex\.quote'
      - any:
          - capture: call
            line_matches: 'shell=True'
          - capture: fn
            matches: 'system$'
      - not:
          capture: call
          line_matches: '# reviewed'
`),
	})
	src := mcpPy + `import subprocess as sp
import os
sp.run(cmd, shell=True)
sp.run(shlex.quote(cmd), shell=True)
sp.run([cmd])
os.system(cmd)
other.system(cmd)
sp.call(cmd, shell=True)  # reviewed
`
	res := scan(t, e, "a.py", src)
	if got := lines(res.Findings); got != "T-1@4 T-1@7" {
		t.Errorf("findings %s, want T-1@4 T-1@7", got)
	}
	if len(res.Findings) > 0 && res.Findings[0].Message != "matched sp.run(cmd, shell=True)" {
		t.Errorf("message interpolation: %q", res.Findings[0].Message)
	}
}

func TestFileImportsCondition(t *testing.T) {
	e := compile(t, map[string]string{
		"T-1.yaml": rule("T-1", "any", "[]", `  - languages: [go]
    query: |
      (call_expression function: (selector_expression field: (field_identifier) @m)) @call
    report: call
    where:
      - file_imports: ["golang.org/x/oauth2/..."]
`),
	})
	if got := lines(scan(t, e, "a.go", "package p\nimport \"golang.org/x/oauth2\"\nfunc f() { c.Exchange(x) }\n").Findings); got != "T-1@3" {
		t.Errorf("with import: %q", got)
	}
	if got := lines(scan(t, e, "a.go", "package p\nimport \"github.com/miekg/dns\"\nfunc f() { c.Exchange(x) }\n").Findings); got != "" {
		t.Errorf("without import: %q", got)
	}
}

func TestGates(t *testing.T) {
	e := compile(t, map[string]string{
		"F-1.yaml": rule("F-1", "mcp-file", "[]", pyCall),
		"P-1.yaml": rule("P-1", "mcp-project", "[]", pyCall),
		"A-1.yaml": rule("A-1", "any", "[]", pyCall),
	})
	if got := lines(scan(t, e, "a.py", mcpPy+"f()\n").Findings); got != "A-1@2 F-1@2 P-1@2" {
		t.Errorf("MCP file: %q", got)
	}
	// Not an MCP file: only project- and ungated rules; the scan drops
	// project-gated findings later if the project is not MCP either.
	res := scan(t, e, "a.py", "import os\nf()\n")
	if got := lines(res.Findings); got != "A-1@2 P-1@2" {
		t.Errorf("non-MCP file: %q", got)
	}
	if len(res.Evidence) != 0 {
		t.Errorf("evidence for a non-MCP file: %v", res.Evidence)
	}
	// "mcp" in a comment or a string does not make a file MCP context.
	if got := lines(scan(t, e, "a.py", "# import mcp\nx = 'from mcp import y'\nf()\n").Findings); strings.Contains(got, "F-1") {
		t.Errorf("comment/string made the file MCP: %q", got)
	}
}

// In deep mode every file is lowered for the taint rules, gated or not;
// the patterns of a gated taint rule still run only in MCP files, and only
// when their keywords are present.
func TestDeepModeKeepsPatternGates(t *testing.T) {
	taintPart := `taint:
  sources: [tool-input]
  sinks:
    - languages: [py]
      calls: [eval]`
	fsys := fstest.MapFS{
		"T-1.yaml": &fstest.MapFile{Data: []byte(rule("T-1", "mcp-file", "[]", pyCall, taintPart))},
		"K-1.yaml": &fstest.MapFile{Data: []byte(rule("K-1", "any", "[needle]", pyCall, taintPart))},
	}
	e := compileFS(t, fsys, catalog.Options{QueryCheck: QueryCheck}, Options{Mode: "deep"})
	w := e.NewWorker()
	defer w.Close()
	run := func(src string) string {
		res := w.ScanFile(FileInput{Path: "a.py", Lang: lang.Detect("a.py"), Src: []byte(src), ProjectMayBeMCP: true})
		if res.Module == nil {
			t.Errorf("deep mode did not lower %q for the taint rules", src)
		}
		return lines(res.Findings)
	}
	if got := run("import os\nf()\n"); got != "" {
		t.Errorf("non-MCP file without the keyword: %q, want no pattern findings", got)
	}
	if got := run("import os\nneedle()\n"); got != "K-1@2" {
		t.Errorf("non-MCP file with the keyword: %q, want K-1 only", got)
	}
	if got := run(mcpPy + "needle()\n"); got != "K-1@2 T-1@2" {
		t.Errorf("MCP file: %q", got)
	}
}

func TestKeywordPrefilter(t *testing.T) {
	e := compile(t, map[string]string{"K-1.yaml": rule("K-1", "any", "[needle]", pyCall)})
	if res := scan(t, e, "a.py", "f()\n"); len(res.Findings) != 0 || res.Parsed {
		t.Errorf("without the keyword the file should not even be parsed: %+v", res)
	}
	if got := lines(scan(t, e, "a.py", "needle()\n").Findings); got != "K-1@1" {
		t.Errorf("with the keyword: %q", got)
	}
}

func TestSuppression(t *testing.T) {
	e := compile(t, map[string]string{
		"S-1.yaml": rule("S-1", "any", "[]", pyCall),
		"S-2.yaml": rule("S-2", "any", "[]", pyCall),
	})
	src := `a()  # nosem
b()  # NOSEMGREP: S-1
# nosem: S-2, S-1
c()
d()  # nosem: S-9
x = 1  # nosem
e()
s = "nosem"; f()
# nosem: python.lang.some-semgrep-rule
g()
h()  # nosem:S-2 reviewed by security
`
	res := scan(t, e, "a.py", src)
	if got := lines(res.Findings); got != "S-1@5 S-2@5 S-2@2 S-1@7 S-2@7 S-1@8 S-2@8 S-1@10 S-2@10 S-1@11" {
		// Findings are per file, unsorted; compare as sets.
		want := map[string]bool{}
		for _, w := range strings.Fields("S-1@5 S-2@5 S-2@2 S-1@7 S-2@7 S-1@8 S-2@8 S-1@10 S-2@10 S-1@11") {
			want[w] = true
		}
		gotSet := map[string]bool{}
		for _, g := range strings.Fields(got) {
			gotSet[g] = true
		}
		if fmt.Sprint(gotSet) != fmt.Sprint(want) {
			t.Errorf("kept findings %q", got)
		}
	}
	sup := map[string]string{}
	for _, s := range res.Suppressed {
		sup[fmt.Sprintf("%s@%d", s.RuleID, s.Line)] = s.Reason
	}
	for _, want := range []string{"S-1@1", "S-2@1", "S-1@2", "S-1@4", "S-2@4", "S-2@11"} {
		if sup[want] == "" {
			t.Errorf("%s should be suppressed; suppressed: %v", want, sup)
		}
	}
	if len(sup) != 6 {
		t.Errorf("suppressed %v, want 6 entries", sup)
	}
	var unknown []finding.Diagnostic
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "unknown rule") {
			unknown = append(unknown, d)
		}
	}
	if len(unknown) != 1 || unknown[0].Line != 5 || !strings.Contains(unknown[0].Message, "S-9") {
		t.Errorf("want one unknown-rule diagnostic for S-9 on line 5, got %v", res.Diagnostics)
	}
}

func TestPrecedence(t *testing.T) {
	e := compile(t, map[string]string{
		"O-1.yaml": rule("O-1", "any", "[]", `  - languages: [py]
    query: |
      ((call function: (identifier) @fn) @call (#eq? @fn "owned"))
    report: call
`, "supersedes: [L-1]"),
		"L-1.yaml": rule("L-1", "any", "[]", pyCall),
	})
	if got := lines(scan(t, e, "a.py", "owned()\nother()\n").Findings); got != "O-1@1 L-1@2" {
		t.Errorf("findings %q, want O-1@1 L-1@2 (L-1 dropped where O-1 owns the call)", got)
	}
}

func TestParseErrorsStillScan(t *testing.T) {
	e := compile(t, map[string]string{"A-1.yaml": rule("A-1", "any", "[]", pyCall)})
	res := scan(t, e, "a.py", "f()\ndef broken(:\n    pass\n")
	if got := lines(res.Findings); got != "A-1@1" {
		t.Errorf("findings %q", got)
	}
	if len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].Message, "syntax error") || res.Diagnostics[0].Line != 2 {
		t.Errorf("diagnostics %v", res.Diagnostics)
	}
}

func TestDedupeAcrossPatterns(t *testing.T) {
	e := compile(t, map[string]string{"D-1.yaml": rule("D-1", "any", "[]", pyCall+pyCall)})
	if got := lines(scan(t, e, "a.py", "f()\n").Findings); got != "D-1@1" {
		t.Errorf("two patterns matching the same node must report once: %q", got)
	}
}

func TestDedupeSameLine(t *testing.T) {
	// The rule's message names no capture: two calls on a line say the
	// same thing and are reported once; calls on other lines are not
	// merged, and neither are findings whose messages differ.
	e := compile(t, map[string]string{
		"D-1.yaml": strings.Replace(rule("D-1", "any", "[]", pyCall), "message: matched {{call}}", "message: a call", 1),
		"D-2.yaml": rule("D-2", "any", "[]", pyCall),
	})
	got := lines(scan(t, e, "a.py", "f(g())\nh()\n").Findings)
	if got != "D-1@1 D-2@1 D-2@1 D-1@2 D-2@2" {
		t.Errorf("got %q, want D-1 once per line and D-2 per distinct message", got)
	}
}

func TestMergedQueryAcrossLanguages(t *testing.T) {
	e := compile(t, map[string]string{
		"J-1.yaml": rule("J-1", "any", "[]", `  - languages: [js, ts]
    query: |
      (call_expression function: (identifier) @fn) @call
    report: call
  - languages: [go]
    query: |
      (call_expression function: (identifier) @fn) @call
    report: call
  - languages: [py]
    query: |
      (call function: (identifier) @fn) @call
    report: call
`),
	})
	for name, src := range map[string]string{"a.js": "f();\n", "a.ts": "f();\n", "a.tsx": "f();\n", "a.go": "package p\nfunc g() { f() }\n", "a.py": "f()\n"} {
		if res := scan(t, e, name, src); len(res.Findings) != 1 {
			t.Errorf("%s: %d findings", name, len(res.Findings))
		}
	}
}

func TestPositionsAreCodePoints(t *testing.T) {
	e := compile(t, map[string]string{"A-1.yaml": rule("A-1", "any", "[]", pyCall)})
	res := scan(t, e, "a.py", "x = 'çé'; f()\n")
	if len(res.Findings) != 1 {
		t.Fatal(res.Findings)
	}
	f := res.Findings[0]
	if f.Line != 1 || f.Column != 11 || f.EndColumn != 14 || f.Snippet != "x = 'çé'; f()" {
		t.Errorf("position %d:%d-%d:%d snippet %q", f.Line, f.Column, f.EndLine, f.EndColumn, f.Snippet)
	}
}

func TestQueryCheck(t *testing.T) {
	if _, err := QueryCheck("py", "(call) @c"); err != nil {
		t.Error(err)
	}
	if _, err := QueryCheck("ts", "(call_expression) @c"); err != nil {
		t.Error("a JS query must compile for TypeScript and TSX:", err)
	}
	if _, err := QueryCheck("py", "(nonexistent_node) @c"); err == nil {
		t.Error("unknown node type accepted")
	}
	if _, err := QueryCheck("py", `((identifier) @c (#lua-match? @c "x"))`); err == nil {
		t.Error("unsupported predicate accepted")
	}
	if _, err := QueryCheck("rust", "(x)"); err == nil {
		t.Error("unknown language accepted")
	}
}
