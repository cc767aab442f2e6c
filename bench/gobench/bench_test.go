package gobench

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"

	"github.com/mcpsafe/mcpsafe/bench/synth"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

// filesPerLang is the number of synthetic files per language a benchmark
// iteration reads (about 50 KB).
const filesPerLang = 20

type file struct {
	path string
	lang *lang.Language
	src  []byte
}

var corpus = map[string][]file{}

func init() {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < filesPerLang*3; i++ {
		var f file
		switch i % 3 {
		case 0:
			f = file{path: fmt.Sprintf("py/mod_%d.py", i), src: []byte(synth.Python(rng, i))}
		case 1:
			f = file{path: fmt.Sprintf("ts/mod_%d.ts", i), src: []byte(synth.TypeScript(rng, i))}
		default:
			f = file{path: fmt.Sprintf("go/mod_%d.go", i), src: []byte(synth.Go(rng, i))}
		}
		f.lang = lang.Detect(f.path)
		corpus[f.lang.Code] = append(corpus[f.lang.Code], f)
	}
}

var langs = []string{"py", "ts", "go"}

func size(fs []file) int64 {
	n := int64(0)
	for _, f := range fs {
		n += int64(len(f.src))
	}
	return n
}

var (
	engines   = map[string]*engine.Engine{}
	enginesMu sync.Mutex
)

// compiled returns the engine for a mode with the whole built-in catalog.
func compiled(b *testing.B, mode string) *engine.Engine {
	b.Helper()
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if e := engines[mode]; e != nil {
		return e
	}
	cat, err := ruleset.Load(nil)
	if err != nil {
		b.Fatal(err)
	}
	e, err := engine.Compile(cat, nil, engine.Options{Mode: mode})
	if err != nil {
		b.Fatal(err)
	}
	engines[mode] = e
	return e
}

// BenchmarkParse parses every file of a language once per iteration, on
// one parser set (one per worker, as the scan does).
func BenchmarkParse(b *testing.B) {
	for _, code := range langs {
		fs := corpus[code]
		b.Run(code, func(b *testing.B) {
			p := lang.NewParsers()
			defer p.Close()
			b.SetBytes(size(fs))
			for i := 0; i < b.N; i++ {
				for _, f := range fs {
					tree, err := p.Parse(f.lang, f.src, 0)
					if err != nil {
						b.Fatal(err)
					}
					tree.Close()
				}
			}
		})
	}
}

func scanAll(b *testing.B, w *engine.Worker, fs []file) []engine.FileResult {
	out := make([]engine.FileResult, 0, len(fs))
	for _, f := range fs {
		out = append(out, w.ScanFile(engine.FileInput{Path: f.path, Lang: f.lang, Src: f.src, ProjectMayBeMCP: true}))
	}
	return out
}

// BenchmarkFast runs fast mode with the whole catalog on every file of a
// language: prefilter, parse, queries, conditions, suppression, and taint
// within one function.
func BenchmarkFast(b *testing.B) { benchScan(b, "fast") }

// BenchmarkDeepLower is deep mode's per-file work: fast-mode rules plus
// lowering every file to the IR.
func BenchmarkDeepLower(b *testing.B) { benchScan(b, "deep") }

// benchScan times scanning every file of each language in a mode.
func benchScan(b *testing.B, mode string) {
	e := compiled(b, mode)
	for _, code := range langs {
		fs := corpus[code]
		b.Run(code, func(b *testing.B) {
			w := e.NewWorker()
			defer w.Close()
			scanAll(b, w, fs) // compile the lazily compiled queries outside the timing
			b.ResetTimer()
			b.SetBytes(size(fs))
			for i := 0; i < b.N; i++ {
				scanAll(b, w, fs)
			}
		})
	}
}

// BenchmarkTaint is deep mode's project-wide dataflow analysis over the
// lowered files of a language (lowering is outside the timing).
func BenchmarkTaint(b *testing.B) {
	e := compiled(b, "deep")
	for _, code := range langs {
		fs := corpus[code]
		b.Run(code, func(b *testing.B) {
			w := e.NewWorker()
			var mods []*ir.Module
			nosem := map[string][]engine.Nosem{}
			for _, r := range scanAll(b, w, fs) {
				if r.Module != nil {
					mods = append(mods, r.Module)
				}
			}
			w.Close()
			b.ResetTimer()
			b.SetBytes(size(fs))
			for i := 0; i < b.N; i++ {
				e.AnalyzeProject(mods, nosem)
			}
		})
	}
}
