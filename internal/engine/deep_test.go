package engine

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"reflect"
	"sort"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/rules"
)

// Deep mode keeps each file's IR packed until the project analysis; the
// modules it unpacks must be the ones lowering made, and the findings those
// of modules never packed. Checked on every rule fixture (one project per
// file) and every project of the taint evaluation corpus.
func TestPackedModulesAnalyseLikeUnpacked(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every fixture twice in deep mode")
	}
	e := compileFS(t, rules.FS, catalog.Options{Builtin: true}, Options{Mode: "deep"})
	w := e.NewWorker()
	defer w.Close()

	// Projects: name → files (path → source).
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

	lower := func(files map[string][]byte, packed bool) []*ir.Module {
		e.keepIRUnpacked = !packed
		var names []string
		for name := range files {
			names = append(names, name)
		}
		sort.Strings(names)
		var mods []*ir.Module
		for _, name := range names {
			res := w.ScanFile(FileInput{Path: name, Lang: lang.Detect(name), Src: files[name], ProjectMayBeMCP: true})
			if res.Module != nil {
				mods = append(mods, res.Module)
			}
		}
		return mods
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
		// The analysis on packed modules (unpacked by AnalyzeProject)
		// against never-packed ones.
		for _, m := range packed {
			m.Pack()
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
	t.Logf("%d projects, %d modules, %d deep findings", len(projects), modules, flows)
}
