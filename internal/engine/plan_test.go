package engine

import (
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/rules"
)

// Planning a project's files (Worker.Plan) makes every rule run one query
// of all the patterns any file needs, where each file compiled the
// patterns of its own needs; a file's matches of the others are dropped.
// Checked with every fixture of the catalog planned as one project: each
// file's findings are those of an unplanned engine, and each rule compiled
// at most one variant per grammar. With PlanDone, the planned patterns
// run merged, a few queries per grammar: the findings are the same again.
func TestPlannedQueriesFindTheSame(t *testing.T) {
	for _, merged := range []bool{false, true} {
		t.Run(map[bool]string{false: "variants", true: "merged"}[merged], func(t *testing.T) {
			testPlanned(t, merged)
		})
	}
}

func testPlanned(t *testing.T, merged bool) {
	if testing.Short() {
		t.Skip("scans every fixture twice")
	}
	type file struct {
		path string
		src  []byte
	}
	var files []file
	eachFixture(t, func(p string, src []byte) {
		if lang.Detect(p) != nil {
			files = append(files, file{p, src})
		}
	})
	opts := Options{QueryMerge: -1} // rule by rule, as a small project
	planned := compileFS(t, rules.FS, catalog.Options{Builtin: true}, opts)
	plain := compileFS(t, rules.FS, catalog.Options{Builtin: true}, opts)
	pw, uw := planned.NewWorker(), plain.NewWorker()
	defer pw.Close()
	defer uw.Close()
	for _, f := range files {
		pw.Plan(lang.Detect(f.path), f.src)
	}
	if merged {
		var ids []lang.ID
		for _, l := range lang.All {
			ids = append(ids, l.ID)
		}
		planned.PlanDone(ids)
		for _, l := range lang.All {
			if n := len(planned.planned[l.ID]); n < 1 || n > planned.opts.CompileWorkers {
				t.Fatalf("%s: %d merged queries", l.Name, n)
			}
		}
	}
	findings := 0
	for i, f := range files {
		if raceEnabled && i%4 != 0 {
			continue
		}
		in := FileInput{Path: f.path, Lang: lang.Detect(f.path), Src: f.src, ProjectMayBeMCP: true}
		got, want := pw.ScanFile(in), uw.ScanFile(in)
		if g, w := lines(got.Findings), lines(want.Findings); g != w {
			t.Errorf("%s: planned\n%s\nunplanned\n%s", f.path, g, w)
		}
		findings += len(want.Findings)
	}
	variants := func(e *Engine) (total, most int) {
		for _, r := range e.rules {
			per := map[lang.ID]int{}
			r.variants.Range(func(k, _ any) bool {
				per[k.(variantKey).lang]++
				total++
				return true
			})
			for _, n := range per {
				most = max(most, n)
			}
		}
		return total, most
	}
	pt, pm := variants(planned)
	ut, _ := variants(plain)
	if pm > 1 {
		t.Errorf("a planned rule compiled %d variants for one grammar", pm)
	}
	if merged && pt != 0 {
		t.Errorf("%d rule variants compiled beside the merged planned queries", pt)
	}
	if len(files) < 300 || findings < 300 || ut <= pt {
		t.Fatalf("%d files, %d findings, variants %d unplanned against %d planned: not the test meant", len(files), findings, ut, pt)
	}
	t.Logf("%d files, %d findings; variants compiled: %d unplanned, %d planned", len(files), findings, ut, pt)
}
