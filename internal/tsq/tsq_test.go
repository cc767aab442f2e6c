package tsq_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/tsq"
)

// describe renders a match as pattern index and captured ranges.
func describe(q *sitter.Query, m *sitter.QueryMatch) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", m.PatternIndex)
	for _, c := range m.Captures {
		fmt.Fprintf(&b, " %s@%d-%d", q.CaptureNames()[c.Index], c.Node.StartByte(), c.Node.EndByte())
	}
	return b.String()
}

// The iterator with the predicates evaluated by the caller yields exactly
// the binding's matches, in the same order.
func TestMatchesAgreeWithBinding(t *testing.T) {
	cases := []struct{ file, src, query string }{
		{"a.js", "const cp = require('child_process');\ncp.exec(`ls ${x}`);\nexec(y); eval(z); foo.bar.exec(1, 2)\n",
			`(call_expression function: (identifier) @f (#eq? @f "exec")) @c
(call_expression function: (member_expression property: (property_identifier) @p) (#match? @p "^(exec|spawn)$")) @c
(call_expression function: (identifier) @g (#any-of? @g "eval" "Function") arguments: (arguments (_) @a)) @c
(call_expression function: (_) @fn (#not-match? @fn "exec")) @c`},
		{"a.py", "import subprocess\nsubprocess.run(cmd, shell=True)\nos.system(c)\nprint(1)\n",
			`(call function: (attribute object: (identifier) @o attribute: (identifier) @a) (#eq? @o "subprocess")) @c
(call function: (attribute attribute: (identifier) @a) (#match? @a "^(system|popen)$")) @c
(keyword_argument name: (identifier) @k value: (true)) @kw`},
		{"a.go", "package main\nimport \"os/exec\"\nfunc f(x string) { exec.Command(\"sh\", \"-c\", x); g(x) }\n",
			`(call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f) (#eq? @p "exec") (#eq? @f "Command") arguments: (argument_list (interpreted_string_literal) @first)) @c
(call_expression function: (identifier) @id) @c`},
	}
	ps := lang.NewParsers()
	defer ps.Close()
	for _, tc := range cases {
		l := lang.Detect(tc.file)
		tree, err := ps.Parse(l, []byte(tc.src), time.Second)
		if err != nil {
			t.Fatal(err)
		}
		q, qerr := sitter.NewQuery(l.Grammar(), tc.query)
		if qerr != nil {
			t.Fatalf("%s: %v", tc.file, qerr)
		}
		src := []byte(tc.src)
		var want, got []string
		c1 := sitter.NewQueryCursor()
		ms := c1.Matches(q, tree.RootNode(), src)
		for m := ms.Next(); m != nil; m = ms.Next() {
			want = append(want, describe(q, m))
		}
		c1.Close()
		c2 := sitter.NewQueryCursor()
		c2.Matches(q, tree.RootNode(), src)
		it := tsq.New(c2)
		for it.Next() {
			m := it.Match()
			if m.PatternIndex != it.PatternIndex() {
				t.Fatalf("pattern index %d vs %d", m.PatternIndex, it.PatternIndex())
			}
			if m.SatisfiesTextPredicate(q, nil, nil, src) {
				got = append(got, describe(q, &m))
			}
		}
		it.Close()
		c2.Close()
		if len(want) < 3 {
			t.Fatalf("%s: only %d matches from the binding: %v", tc.file, len(want), want)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", tc.file, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		q.Close()
		tree.Close()
	}
}
