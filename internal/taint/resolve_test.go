package taint

import (
	"fmt"
	"math/rand"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// naiveModules is resolveModule as it was before the index: a scan of every
// file (Python) or folder (Go) per call.
func naiveModules(x *funcIndex, from *ir.Module, spec string) []*ir.Module {
	switch from.Lang.ID {
	case lang.Python:
		if strings.HasPrefix(spec, ".") {
			return x.findModule(lang.Python, path.Dir(from.File), spec)
		}
		suffix := strings.ReplaceAll(spec, ".", "/")
		var out []*ir.Module
		for f, m := range x.byFile {
			if strings.HasSuffix("/"+f, "/"+suffix+".py") || strings.HasSuffix("/"+f, "/"+suffix+"/__init__.py") {
				out = append(out, m)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
		return out
	case lang.Go:
		best := ""
		for d := range x.goDirs {
			if d == "." {
				continue
			}
			if (strings.HasSuffix(spec, "/"+d) || spec == d) && len(d) > len(best) {
				best = d
			}
		}
		if best == "" {
			return nil
		}
		return x.goDirs[best]
	}
	return nil
}

// TestResolveModuleIndex checks the indexed, memoised module resolution
// against the scan it replaced, on random trees of Python and Go files.
func TestResolveModuleIndex(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	segs := []string{"a", "b", "pkg", "__init__", "x.y", "m"}
	randPath := func(n int) string {
		var parts []string
		for i := 0; i < n; i++ {
			parts = append(parts, segs[r.Intn(len(segs))])
		}
		return strings.Join(parts, "/")
	}
	for round := 0; round < 200; round++ {
		var mods []*ir.Module
		seen := map[string]bool{}
		for i := 0; i < 30; i++ {
			var f string
			switch r.Intn(3) {
			case 0:
				f = randPath(r.Intn(4)) + "/__init__.py"
			case 1:
				f = randPath(1+r.Intn(4)) + ".py"
			default:
				f = randPath(1+r.Intn(4)) + "/f.go"
			}
			f = strings.TrimPrefix(f, "/")
			if seen[f] {
				continue
			}
			seen[f] = true
			m := &ir.Module{File: f, Lang: lang.Detect(f), Package: "p"}
			m.Init = &ir.Func{Module: m}
			m.Funcs = []*ir.Func{m.Init}
			mods = append(mods, m)
		}
		x := buildIndex(mods)
		for _, from := range mods {
			for k := 0; k < 20; k++ {
				var spec string
				if from.Lang.ID == lang.Go {
					spec = "example.com/" + randPath(r.Intn(4))
					if r.Intn(4) == 0 {
						spec = randPath(1 + r.Intn(3))
					}
				} else {
					spec = strings.ReplaceAll(randPath(1+r.Intn(3)), "/", ".")
				}
				want := fmt.Sprint(files(naiveModules(x, from, spec)))
				for rep := 0; rep < 2; rep++ { // the second answer is memoised
					if got := fmt.Sprint(files(x.resolveModule(from, spec))); got != want {
						t.Fatalf("%s imports %q: got %s, want %s", from.File, spec, got, want)
					}
				}
			}
		}
	}
}

func files(ms []*ir.Module) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.File)
	}
	return out
}
