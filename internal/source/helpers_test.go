package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// testEnv is an isolated world for one test: its own cache, home, work
// folder and environment, so nothing from the developer's machine leaks in.
type testEnv struct {
	t        *testing.T
	parent   string // holds cache/, home/ and work/ and nothing else
	opts     Options
	env      map[string]string
	progress *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	parent := t.TempDir()
	te := &testEnv{t: t, parent: parent, env: map[string]string{}, progress: &syncBuffer{}}
	for _, d := range []string{"cache", "home", "work"} {
		if err := os.MkdirAll(filepath.Join(parent, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	te.opts = Options{
		CacheDir: filepath.Join(parent, "cache"),
		HomeDir:  filepath.Join(parent, "home"),
		WorkDir:  filepath.Join(parent, "work"),
		Getenv:   func(k string) string { return te.env[k] },
		Progress: te.progress,
		Timeout:  30 * time.Second,
		// Tests must never reach the public defaults.
		NPMRegistry: "http://127.0.0.1:1/",
		PyPIIndex:   "http://127.0.0.1:1/simple/",
		GoProxy:     "http://127.0.0.1:1",
		MCPRegistry: "http://127.0.0.1:1",
		GoSumDB:     "off",
	}
	t.Cleanup(func() { removeTree(parent) })
	return te
}

func (te *testEnv) resolve(ref string) ([]*Target, error) {
	te.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ts, err := Resolve(ctx, ref, te.opts)
	for _, tg := range ts {
		te.t.Cleanup(func() { tg.Close() })
	}
	return ts, err
}

func (te *testEnv) resolveOne(ref string) *Target {
	te.t.Helper()
	ts, err := te.resolve(ref)
	if err != nil {
		te.t.Fatalf("Resolve(%q): %v", ref, err)
	}
	if len(ts) != 1 {
		te.t.Fatalf("Resolve(%q): %d targets, want 1", ref, len(ts))
	}
	return ts[0]
}

// assertClean checks that a failed resolution left nothing behind: nothing
// outside the cache, and no tree or staging folder in it.
func (te *testEnv) assertClean() {
	te.t.Helper()
	te.assertNothingOutside()
	if ents, _ := os.ReadDir(filepath.Join(te.opts.CacheDir, "trees")); len(ents) > 0 {
		te.t.Errorf("a tree was cached for a refused target: %v", ents[0].Name())
	}
	if ents, _ := os.ReadDir(filepath.Join(te.opts.CacheDir, "tmp")); len(ents) > 0 {
		te.t.Errorf("staging left behind: %v", ents[0].Name())
	}
}

// assertNothingOutside checks that the parent holds only cache/, home/ and
// work/, and that no file named "evil" or "pwned" exists anywhere near.
func (te *testEnv) assertNothingOutside() {
	te.t.Helper()
	allowed := map[string]bool{"cache": true, "home": true, "work": true}
	ents, _ := os.ReadDir(te.parent)
	for _, e := range ents {
		if !allowed[e.Name()] {
			te.t.Errorf("left %s outside the cache", filepath.Join(te.parent, e.Name()))
		}
	}
	filepath.WalkDir(filepath.Dir(te.parent), func(p string, d fs.DirEntry, err error) error {
		if err == nil && (d.Name() == "evil" || d.Name() == "pwned") {
			te.t.Errorf("hostile file written at %s", p)
		}
		return nil
	})
}

func assertNoSecret(t *testing.T, secret string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if strings.Contains(s, secret) {
			t.Errorf("secret %q leaked in: %s", secret, s)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// tarEnt describes one entry of a test archive.
type tarEnt struct {
	name string
	body string
	typ  byte // tar.Type*; 0 = regular file
	link string
	mode int64
}

func makeTar(t testing.TB, ents []tarEnt) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range ents {
		h := &tar.Header{Name: e.name, Mode: 0o644, Typeflag: e.typ, Linkname: e.link, ModTime: time.Unix(0, 0)}
		if e.mode != 0 {
			h.Mode = e.mode
		}
		if e.typ == 0 {
			h.Typeflag = tar.TypeReg
		}
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(e.body))
		}
		if h.Typeflag == tar.TypeDir {
			h.Mode = 0o755
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			tw.Write([]byte(e.body))
		}
	}
	tw.Close()
	return buf.Bytes()
}

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func makeTgz(t testing.TB, ents []tarEnt) []byte { return gz(t, makeTar(t, ents)) }

type zipEnt struct {
	name    string
	body    string
	mode    fs.FileMode
	symlink bool
}

func makeZip(t testing.TB, ents []zipEnt) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range ents {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		switch {
		case e.symlink:
			h.SetMode(fs.ModeSymlink | 0o777)
		case e.mode != 0:
			h.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e.body))
	}
	zw.Close()
	return buf.Bytes()
}

func writeFile(t testing.TB, p string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t testing.TB, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
