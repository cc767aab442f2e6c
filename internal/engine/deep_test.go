package engine

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/taint"
	"github.com/mcpsafe/mcpsafe/rules"
)

// Deep mode keeps each file's IR packed until the project analysis, in
// memory or, past a budget, in a temporary file (ir.Spill); the modules it
// unpacks must be the ones lowering made, and the findings those of
// modules never packed. Checked on every rule fixture (one project per
// file) and every project of the taint evaluation corpus, with every
// module spilled to a file.
func TestPackedModulesAnalyseLikeUnpacked(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every fixture twice in deep mode")
	}
	e := compileFS(t, rules.FS, catalog.Options{Builtin: true}, Options{Mode: "deep"})
	w := e.NewWorker()
	defer w.Close()

	projects := deepProjects(t)

	spill := ir.NewSpill(t.TempDir(), 0)
	defer spill.Close()
	lower := func(files map[string][]byte, packed bool) []*ir.Module {
		e.keepIRUnpacked = !packed
		return lowerFiles(w, files, spill)
	}
	findings := func(mods []*ir.Module) []string {
		fs, _, diags := e.AnalyzeProject(mods, nil)
		var out []string
		for _, f := range fs {
			out = append(out, fmt.Sprintf("%s %s:%d:%d %s", f.RuleID, f.File, f.Line, f.Column, f.Message))
		}
		for _, d := range diags {
			out = append(out, "diagnostic: "+d.Message)
		}
		return out
	}
	modules, packedModules, flows := 0, 0, 0
	for name, files := range projects {
		plain, packed := lower(files, false), lower(files, true)
		if len(plain) != len(packed) {
			t.Fatalf("%s: %d modules unpacked, %d packed", name, len(plain), len(packed))
		}
		for i, m := range packed {
			modules++
			if !m.Packed() {
				t.Errorf("%s: %s was not packed", name, m.File)
				continue
			}
			packedModules++
			if err := m.Unpack(); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m, plain[i]) {
				t.Errorf("%s: %s unpacks to another IR than lowering made", name, m.File)
			}
		}
		// The analysis on packed modules (unpacked by AnalyzeProject,
		// read back from the file) against never-packed ones.
		for _, m := range packed {
			m.Pack()
			spill.Keep(m)
		}
		want := findings(plain)
		if got := findings(packed); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: packed modules give\n%v\nunpacked ones\n%v", name, got, want)
		}
		flows += len(want)
	}
	if modules < 300 || flows < 100 {
		t.Fatalf("compared %d modules (%d packed) and %d findings: the fixtures were not found", modules, packedModules, flows)
	}
	if n, written, inMemory := spill.Stats(); n != 2*packedModules || written == 0 || inMemory != 0 || spill.Err() != nil {
		t.Fatalf("spilled %d modules of %d, %d bytes (%d in memory): %v", n, 2*packedModules, written, inMemory, spill.Err())
	}
	t.Logf("%d projects, %d modules, %d deep findings", len(projects), modules, flows)
}

// lowerFiles scans a project's files (path → source) in path order and
// returns the modules deep mode made of them, packed into spill (nil: in
// memory).
func lowerFiles(w *Worker, files map[string][]byte, spill *ir.Spill) []*ir.Module {
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var mods []*ir.Module
	for _, name := range names {
		res := w.ScanFile(FileInput{Path: name, Lang: lang.Detect(name), Src: files[name], ProjectMayBeMCP: true, Spill: spill})
		if res.Module != nil {
			mods = append(mods, res.Module)
		}
	}
	return mods
}

// deepProjects returns the projects of the deep-mode tests: every rule
// fixture alone, and every project of the taint evaluation corpus (name →
// file path → source).
func deepProjects(t *testing.T) map[string]map[string][]byte {
	t.Helper()
	projects := map[string]map[string][]byte{}
	err := fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || lang.Detect(p) == nil {
			return err
		}
		src, err := fs.ReadFile(rules.FS, p)
		projects[p] = map[string][]byte{path.Base(p): src}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	eval := os.DirFS("../../testdata/taint-eval")
	err = fs.WalkDir(eval, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || lang.Detect(p) == nil {
			return err
		}
		src, err := fs.ReadFile(eval, p)
		dir := path.Dir(p)
		if projects["eval:"+dir] == nil {
			projects["eval:"+dir] = map[string][]byte{}
		}
		projects["eval:"+dir][path.Base(p)] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return projects
}

// Deep mode analyses a project part by part (taint.Components): on one
// project made of every taint evaluation project and every rule fixture,
// each in its own folder, the parts must together be the modules the
// whole analysis keeps, and analysing them one by one must find exactly
// the flows the whole analysis finds, traces included.
func TestComponentsAnalyseLikeTheWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("lowers every fixture")
	}
	e := compileFS(t, rules.FS, catalog.Options{Builtin: true}, Options{Mode: "deep"})
	e.keepIRUnpacked = true
	w := e.NewWorker()
	defer w.Close()
	files := map[string][]byte{}
	for name, proj := range deepProjects(t) {
		dir := strings.NewReplacer(":", "_", ".", "_").Replace(name)
		for p, src := range proj {
			files[dir+"/"+p] = src
		}
	}
	lower := func() []*ir.Module { return lowerFiles(w, files, nil) }
	describe := func(r taint.Result) []string {
		var out []string
		for _, f := range r.Flows {
			out = append(out, fmt.Sprintf("%s %s:%v %s | %s | %v", f.Rule.ID, f.File, f.Pos, f.Sink, f.Line, f.Trace))
		}
		sort.Strings(out)
		return out
	}
	cfg := taint.Config{Rules: e.taintTable(), Interprocedural: true}

	whole := describe(taint.Analyze(taint.Relevant(lower()), cfg))

	mods := lower()
	relevant := taint.Relevant(mods)
	parts := taint.Components(mods)
	var partsFlows taint.Result
	var inParts []*ir.Module
	at := map[*ir.Module]int{}
	for i, m := range relevant {
		at[m] = i
	}
	for _, part := range parts {
		for i, m := range part {
			if i > 0 && at[m] < at[part[i-1]] {
				t.Errorf("part out of the modules' order at %s", m.File)
			}
		}
		inParts = append(inParts, part...)
		r := taint.Analyze(part, cfg)
		partsFlows.Flows = append(partsFlows.Flows, r.Flows...)
	}
	sort.Slice(inParts, func(i, j int) bool { return at[inParts[i]] < at[inParts[j]] })
	if !reflect.DeepEqual(inParts, relevant) {
		t.Fatalf("the parts hold %d modules, Relevant keeps %d", len(inParts), len(relevant))
	}
	if got := describe(partsFlows); !reflect.DeepEqual(got, whole) {
		t.Fatalf("parts find %d flows, the whole %d:\nparts %q\nwhole %q", len(got), len(whole), got, whole)
	}
	if len(parts) < 100 || len(whole) < 500 {
		t.Fatalf("%d parts, %d flows: not the project meant", len(parts), len(whole))
	}
	largest := 0
	for _, part := range parts {
		largest = max(largest, len(part))
	}
	t.Logf("%d modules kept in %d parts (largest %d), %d flows", len(relevant), len(parts), largest, len(whole))
}
