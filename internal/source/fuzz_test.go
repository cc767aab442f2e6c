package source

import (
	"archive/tar"
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzz targets feed arbitrary bytes to each extractor and check the
// invariants that matter: no panic, no hang, nothing written outside the
// destination, and every link left in the tree resolves inside it.
// `go test` runs the seeds; `go test -fuzz FuzzExtractTar` explores.

func fuzzLimits() limits { return limits{maxBytes: 4 << 20, maxEntries: 1000, maxRatio: 100} }

func checkContained(t *testing.T, parent, dst string) {
	t.Helper()
	ents, _ := os.ReadDir(parent)
	for _, e := range ents {
		if e.Name() != "dst" {
			t.Fatalf("extractor wrote %s outside its destination", e.Name())
		}
	}
	filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			if filepath.IsAbs(target) {
				t.Fatalf("absolute link %s -> %s", p, target)
			}
			// Resolve through the real file system; a link may dangle, so
			// resolve its parent and join.
			real, err := filepath.EvalSymlinks(p)
			if err == nil {
				if rel, err := filepath.Rel(dst, real); err != nil || strings.HasPrefix(rel, "..") {
					t.Fatalf("link %s resolves outside: %s", p, real)
				}
			}
		}
		if d.Type()&(fs.ModeDevice|fs.ModeNamedPipe|fs.ModeSocket|fs.ModeCharDevice) != 0 {
			t.Fatalf("special file %s", p)
		}
		return nil
	})
}

func fuzzExtract(t *testing.T, data []byte, fn func(ctx context.Context, dst string, w *writer) error) {
	parent := t.TempDir()
	dst := filepath.Join(parent, "dst")
	if err := os.Mkdir(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	w := newWriter(dst, fuzzLimits())
	_ = fn(context.Background(), dst, w)
	checkContained(t, parent, dst)
	removeTree(parent)
}

func tarSeeds(t testing.TB) [][]byte {
	return [][]byte{
		makeTar(t, []tarEnt{{name: "package/index.js", body: "x"}, {name: "package/d/", typ: tar.TypeDir}}),
		makeTar(t, []tarEnt{{name: "../evil", body: "x"}}),
		makeTar(t, []tarEnt{{name: "/abs", body: "x"}}),
		makeTar(t, []tarEnt{{name: "a/l", typ: tar.TypeSymlink, link: "../../x"}, {name: "a/l/evil", body: "x"}}),
		makeTar(t, []tarEnt{{name: "a/b/s", typ: tar.TypeSymlink, link: ".."}, {name: "a/b/l", typ: tar.TypeSymlink, link: "s/../../x"}}),
		makeTar(t, []tarEnt{{name: "a/f", body: "1"}, {name: "a/h", typ: tar.TypeLink, link: "a/f"}, {name: "a/h2", typ: tar.TypeLink, link: "../f"}}),
		makeTar(t, []tarEnt{{name: "a/dev", typ: tar.TypeChar}, {name: "a/fifo", typ: tar.TypeFifo}}),
		makeTar(t, []tarEnt{{name: "a/x", body: "1"}, {name: "a/x/y", body: "2"}, {name: "a/x", typ: tar.TypeDir}}),
		makeTar(t, []tarEnt{{name: "a/ok", typ: tar.TypeSymlink, link: "b"}, {name: "a/b", body: "x"}, {name: "a/ok", body: "replaced"}}),
		[]byte("not a tar"),
		{},
	}
}

func FuzzExtractTar(f *testing.F) {
	for _, s := range tarSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzExtract(t, data, func(ctx context.Context, dst string, w *writer) error {
			return extractTarStream(ctx, bytes.NewReader(data), w)
		})
	})
}

func FuzzExtractTarGz(f *testing.F) {
	for _, s := range tarSeeds(f) {
		f.Add(gz(f, s))
	}
	f.Add(gz(f, bytes.Repeat([]byte{0}, 1<<20)))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzExtract(t, data, func(ctx context.Context, dst string, w *writer) error {
			w.strip = 1
			return extractTarStream(ctx, bytes.NewReader(data), w)
		})
	})
}

func zipSeeds(t testing.TB) [][]byte {
	return [][]byte{
		makeZip(t, []zipEnt{{name: "a/b.py", body: "x"}, {name: "a/d/"}}),
		makeZip(t, []zipEnt{{name: "../evil", body: "x"}}),
		makeZip(t, []zipEnt{{name: "C:\\evil", body: "x"}}),
		makeZip(t, []zipEnt{{name: "l", body: "../../x", symlink: true}, {name: "l/evil", body: "x"}}),
		makeZip(t, []zipEnt{{name: "l", body: "a", symlink: true}, {name: "a", body: "x"}}),
		makeZip(t, []zipEnt{{name: "dev", mode: os.ModeDevice | 0o644}}),
		makeZip(t, []zipEnt{{name: "z", body: string(bytes.Repeat([]byte{0}, 2<<20))}}),
		[]byte("PK\x03\x04 junk"),
	}
}

func FuzzExtractZip(f *testing.F) {
	for _, s := range zipSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzExtract(t, data, func(ctx context.Context, dst string, w *writer) error {
			return extractZip(ctx, bytes.NewReader(data), int64(len(data)), w)
		})
	})
}

// Wheels are zips with a fixed layout; the fuzz target goes through the
// same path a downloaded wheel does (a file named .whl).
func FuzzExtractWheel(f *testing.F) {
	f.Add(makeZip(f, []zipEnt{{name: "pkg/__init__.py", body: "x"}, {name: "pkg-1.0.dist-info/RECORD", body: "pkg/__init__.py,,"}}))
	f.Add(makeZip(f, []zipEnt{{name: "pkg-1.0.data/scripts/../../../evil", body: "x"}}))
	for _, s := range zipSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		whl := filepath.Join(t.TempDir(), "pkg-1.0-py3-none-any.whl")
		if err := os.WriteFile(whl, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fuzzExtract(t, data, func(ctx context.Context, dst string, w *writer) error {
			return extractFile(ctx, whl, w)
		})
	})
}
