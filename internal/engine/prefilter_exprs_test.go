package engine

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/rules"
)

// builtinEngine compiles the built-in catalog.
func builtinEngine(t *testing.T) *Engine {
	t.Helper()
	return compileFS(t, rules.FS, catalog.Options{Builtin: true})
}

// eachFixture calls f with every file of the built-in catalog.
func eachFixture(t *testing.T, f func(path string, src []byte)) {
	t.Helper()
	err := fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return err
		}
		f(p, src)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The prefilter answers the catalog's project and file expressions by
// literals and split alternatives; on every file of the catalog's
// fixtures it must answer exactly as the expressions themselves.
func TestPrefilterAnswersCatalogExpressionsExactly(t *testing.T) {
	e := builtinEngine(t)
	exprs := append(append(e.project.list[:0:0], e.project.list...), e.project.files...)
	if len(exprs) < 20 {
		t.Fatalf("only %d expressions in the catalog", len(exprs))
	}
	w := e.NewWorker()
	defer w.Close()
	files, matched := 0, 0
	eachFixture(t, func(p string, src []byte) {
		files++
		if raceEnabled && files%8 != 0 {
			return
		}
		hits := w.pf.Scan(src)
		for i, re := range exprs {
			want := re.Match(src)
			if got := hits.Regexp(i); got != want {
				t.Errorf("%s: expression %q: prefilter says %v, the expression %v", p, re, got, want)
			}
			if want {
				matched++
			}
		}
	})
	if files < 100 || matched < 10 {
		t.Fatalf("%d files, %d matches: the fixtures were not found", files, matched)
	}
}

// Condition expressions answered by prefilter.Matcher must agree with the
// expressions on every line, and every whole file, of the fixtures.
func TestConditionMatchersAgreeWithExpressions(t *testing.T) {
	e := builtinEngine(t)
	var conds []*condition
	seen := map[string]bool{}
	var walk func(c *condition)
	walk = func(c *condition) {
		if c.m != nil && c.m.Splits() && !seen[c.re.String()] {
			seen[c.re.String()] = true
			conds = append(conds, c)
		}
		if c.not != nil {
			walk(c.not)
		}
		for i := range c.any {
			walk(&c.any[i])
		}
	}
	for _, r := range e.rules {
		for _, rq := range r.queries {
			for _, p := range rq.pieces {
				for i := range p.pat.where {
					walk(&p.pat.where[i])
				}
			}
		}
	}
	if len(conds) < 20 {
		t.Fatalf("only %d condition expressions", len(conds))
	}
	var texts []string
	lines := map[string]bool{}
	eachFixture(t, func(p string, src []byte) {
		step := 13
		if raceEnabled {
			step = 97
		}
		if len(src) < 1500 && !raceEnabled {
			texts = append(texts, string(src))
		}
		for i, l := range strings.Split(string(src), "\n") {
			if l = strings.TrimSpace(l); l != "" && !lines[l] && i%step == 0 {
				lines[l] = true
				texts = append(texts, l)
			}
		}
	})
	t.Logf("%d expressions, %d texts", len(conds), len(texts))
	matched := 0
	for _, c := range conds {
		for _, s := range texts {
			want := c.re.MatchString(s)
			if got := c.m.MatchString(s); got != want {
				t.Fatalf("%q on %q: matcher %v, expression %v", c.re, s, got, want)
			}
			if want {
				matched++
			}
		}
	}
	if matched < 10 {
		t.Fatalf("only %d matches: the fixtures were not found", matched)
	}
}
