package engine

import (
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

func clauses(n needs) string {
	var parts []string
	for _, c := range n {
		var lits []string
		for _, p := range c {
			if p.Fold {
				lits = append(lits, "i:"+strings.ToLower(p.Text))
			} else {
				lits = append(lits, p.Text)
			}
		}
		parts = append(parts, strings.Join(lits, "|"))
	}
	return strings.Join(parts, " & ")
}

func TestQueryNeeds(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		// Predicates on captures every match has.
		{`((call function: (identifier) @f) (#eq? @f "eval"))`, "eval"},
		{`((call function: (identifier) @f) @c (#any-of? @f "exec" "eval"))`, "exec|eval"},
		{`((call function: (_) @f) (#match? @f "^(os\\.system|subprocess\\.run)$"))`, "os.system|subprocess.run"},
		{`((pair key: (_) @k value: (_) @v) (#eq? @k "a") (#eq? @v "b"))`, "a & b"},
		// A capture that may be absent, or that one alternative has, says
		// nothing.
		{`((call function: (identifier) @f arguments: (argument_list (string) @s)?) (#eq? @s "x"))`, ""},
		{`((call arguments: (argument_list (string)* @s)) (#eq? @s "x"))`, ""},
		{`((call function: [(identifier) @f (attribute)]) (#eq? @f "x"))`, ""},
		// Suffixes may be spaced and in any order.
		{`((call arguments: (argument_list (string) ? @s)) (#eq? @s "x"))`, ""},
		{`((call arguments: (argument_list (string) @s *)) (#eq? @s "x"))`, ""},
		{`((call arguments: (argument_list (string) @s +)) (#eq? @s "x"))`, "x"},
		{`((call function: [(identifier) (attribute)] @f) (#eq? @f "x"))`, "x"},
		// Negated predicates and capture comparisons say nothing.
		{`((identifier) @a (#not-eq? @a "x"))`, ""},
		{`((assignment left: (_) @a right: (_) @b) (#eq? @a @b))`, ""},
		// Several top-level patterns: one of their clauses.
		{"((identifier) @a (#eq? @a \"alpha\"))\n((string) @s (#eq? @s \"beta\"))", "alpha|beta"},
		{"((identifier) @a (#eq? @a \"alpha\"))\n(string) @s", ""},
		// Escapes as tree-sitter reads them; comments skipped.
		{"; a comment with \"quotes\" (#eq? @x \"no\")\n((string) @s (#eq? @s \"a\\\"b\\\\c\"))", "a\"b\\c"},
		// Folded expressions give folded literals.
		{`((identifier) @a (#match? @a "(?i)secret"))`, "i:secret|ſ"},
	} {
		if got := clauses(queryNeeds(c.query)); got != c.want {
			t.Errorf("queryNeeds(%q) = %q, want %q", c.query, got, c.want)
		}
	}
	if _, ok := parseQuery(`((call) @c`); ok {
		t.Error("an unbalanced query parsed")
	}
	if got := queryNeeds(`((call) @c (#eq? @c "x")`); got != nil {
		t.Errorf("an unbalanced query needs %v", got)
	}
}

func TestConditionNeeds(t *testing.T) {
	var proj projectRegexps
	conds, err := compileConditions([]catalog.Condition{
		{Capture: "c", InHandler: []string{"tool"}},
		{FileImports: []string{"node:child_process", "@modelcontextprotocol/*", "mcp.*"}},
		{Capture: "c", Matches: `spawn|execFile`},
		{Capture: "c", NotMatches: `safe`},
		{Capture: "c", HasArg: "shell"},
	}, &proj)
	if err != nil {
		t.Fatal(err)
	}
	got := clauses(patternNeeds(`(call_expression) @c`, conds))
	want := strings.Join(mcpctx.AnyMarkerLiterals(), "|") + " & child_process|@modelcontextprotocol|mcp & spawn|execFile"
	if got != want {
		t.Errorf("needs = %q, want %q", got, want)
	}
}

// A file that holds a rule's keywords but not what any of its patterns
// needs is not parsed for it; one that holds them is, and the rule fires.
func TestNeedsSkipParse(t *testing.T) {
	e := compile(t, map[string]string{"T-1.yaml": rule("T-1", "any", "[run]", `  - languages: [py]
    query: |
      ((call function: (attribute attribute: (identifier) @m) @fn) @call (#eq? @m "run"))
    report: call
    where:
      - capture: fn
        matches: '^subprocess\.'
`)})
	if res := scan(t, e, "a.py", "import os\nos.run(x)\n"); res.Parsed || len(res.Findings) != 0 {
		t.Errorf("a file without subprocess: parsed %v, %d findings", res.Parsed, len(res.Findings))
	}
	res := scan(t, e, "b.py", "import subprocess\nsubprocess.run(x)\n")
	if !res.Parsed || len(res.Findings) != 1 {
		t.Errorf("a file with subprocess.run: parsed %v, %d findings", res.Parsed, len(res.Findings))
	}
}
