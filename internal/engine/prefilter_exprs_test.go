package engine

import (
	"io/fs"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/rules"
)

// The prefilter answers the catalog's project and file expressions by
// literals and split alternatives; on every file of the catalog's
// fixtures it must answer exactly as the expressions themselves.
func TestPrefilterAnswersCatalogExpressionsExactly(t *testing.T) {
	cat, err := catalog.Load(rules.FS, ".", catalog.Options{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	e, err := Compile(cat, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	exprs := append(append(e.project.list[:0:0], e.project.list...), e.project.files...)
	if len(exprs) < 20 {
		t.Fatalf("only %d expressions in the catalog", len(exprs))
	}
	w := e.NewWorker()
	defer w.Close()
	files, matched := 0, 0
	err = fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return err
		}
		files++
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
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 || matched < 100 {
		t.Fatalf("%d files, %d matches: the fixtures were not found", files, matched)
	}
}
