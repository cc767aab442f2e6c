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

// A scan that announces enough source of a language runs the merged
// queries from its first file; a small one still starts rule by rule.
func TestExpectSourceStartsMerged(t *testing.T) {
	cat, err := catalog.Load(rules.FS, ".", catalog.Options{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	js := lang.Detect("a.js").ID
	goID := lang.Detect("a.go").ID
	e, err := Compile(cat, nil, Options{QueryMerge: 1000})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	active := make([]bool, len(e.rules))
	for i := range active {
		active[i] = true
	}
	e.ExpectSource(goID, 3999) // below expectMerged × QueryMerge
	if mq := e.mergedQuery(goID, active, 10); mq != nil {
		t.Error("Go: merged query for the first small file of a small project")
	}
	if mq := e.mergedQuery(js, active, 10); mq != nil {
		t.Error("JavaScript: merged query before any source was announced")
	}
	e.ExpectSource(js, 4000)
	mq := e.mergedQuery(js, active, 10)
	if mq == nil {
		t.Fatal("JavaScript: no merged query for the first file of a large project")
	}
	if mq != e.merged[mergedAll][js].rq {
		t.Error("JavaScript: with every rule active, the merged query of all rules was expected")
	}
}
