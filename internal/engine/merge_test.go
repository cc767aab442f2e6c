package engine

import (
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/rules"
)

// The merged per-language query must find exactly what the rules' own
// queries find, on every fixture of the built-in catalog.
func TestMergedQueriesMatchPerRuleQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every fixture twice")
	}
	cat, err := catalog.Load(rules.FS, ".", catalog.Options{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]*Engine{}
	for name, merge := range map[string]int{"merged": 1, "per-rule": -1} {
		e, err := Compile(cat, nil, Options{QueryMerge: merge})
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		engines[name] = e
	}
	workers := map[string]*Worker{}
	for name, e := range engines {
		workers[name] = e.NewWorker()
		defer workers[name].Close()
	}
	files, compared := 0, 0
	err = fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		l := lang.Detect(p)
		if l == nil {
			return nil
		}
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return err
		}
		got := map[string]string{}
		for name, w := range workers {
			res := w.ScanFile(FileInput{Path: p, Lang: l, Src: src, ProjectMayBeMCP: true})
			var ls []string
			for _, f := range res.Findings {
				ls = append(ls, f.RuleID+"@"+strconv.Itoa(f.Line)+"@"+f.Message)
			}
			sort.Strings(ls)
			got[name] = strings.Join(ls, "\n")
			compared += len(ls)
		}
		files++
		if got["merged"] != got["per-rule"] {
			t.Errorf("%s: merged query found\n%s\nper-rule queries found\n%s", p, got["merged"], got["per-rule"])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 || compared == 0 {
		t.Fatalf("compared %d findings in %d fixtures; the catalog's fixtures were not found", compared, files)
	}
}
