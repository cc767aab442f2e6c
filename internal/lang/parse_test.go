package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sources returns the example servers' and rule fixtures' source files.
func sources(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, root := range []string{"../../testdata/servers", "../../rules"} {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || Detect(p) == nil {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil {
				out[p] = data
			}
			return nil
		})
	}
	if len(out) == 0 {
		t.Fatal("no source files found")
	}
	return out
}

// TestParseFastPathSameTree checks that handing the source to tree-sitter
// in place gives the same tree as the binding's read callback.
func TestParseFastPathSameTree(t *testing.T) {
	if !fastPath {
		t.Skip("binding layout changed: the fast path is off")
	}
	p := NewParsers()
	defer p.Close()
	slow := NewParsers()
	defer slow.Close()
	srcs := sources(t)
	srcs["empty.py"] = nil
	srcs["broken.ts"] = []byte("function (\n  x = {\n")
	srcs["unicode.py"] = []byte("s = 'çé€😀'\nprint(s)\n")
	for name, src := range srcs {
		l := Detect(name)
		fast, err := p.Parse(l, src, DefaultTestTimeout)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ps := slow.byID[l.ID]
		if ps == nil {
			if _, err := slow.Parse(l, nil, 0); err != nil { // creates the parser
				t.Fatal(err)
			}
			ps = slow.byID[l.ID]
		}
		ref, err := parseWithCallback(ps, src, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a, b := fast.RootNode().ToSexp(), ref.RootNode().ToSexp(); a != b {
			t.Errorf("%s: trees differ:\n%s\n%s", name, a, b)
		}
		if fast.RootNode().EndByte() != ref.RootNode().EndByte() {
			t.Errorf("%s: end byte %d, want %d", name, fast.RootNode().EndByte(), ref.RootNode().EndByte())
		}
		fast.Close()
		ref.Close()
	}
}

// DefaultTestTimeout is long enough never to fire in tests.
const DefaultTestTimeout = 1 << 40

// BenchmarkParsePath compares the in-place parse with the binding's read
// callback on the same files.
func BenchmarkParsePath(b *testing.B) {
	srcs := sources(b)
	var total int64
	for _, src := range srcs {
		total += int64(len(src))
	}
	for _, name := range []string{"in-place", "callback"} {
		b.Run(name, func(b *testing.B) {
			p := NewParsers()
			defer p.Close()
			b.SetBytes(total)
			for i := 0; i < b.N; i++ {
				for file, src := range srcs {
					l := Detect(file)
					var err error
					if name == "in-place" {
						tree, e := p.Parse(l, src, DefaultTestTimeout)
						if e == nil {
							tree.Close()
						}
						err = e
					} else {
						if p.byID[l.ID] == nil {
							if _, e := p.Parse(l, nil, 0); e != nil {
								b.Fatal(e)
							}
						}
						tree, e := parseWithCallback(p.byID[l.ID], src, DefaultTestTimeout)
						if e == nil {
							tree.Close()
						}
						err = e
					}
					if err != nil && !strings.Contains(err.Error(), "timed out") {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
