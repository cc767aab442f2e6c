//go:build unix

package catalog

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// A cache folder others can write to, or a link to one, is neither read
// nor written: its entries could say what the scan looks for.
func TestCacheOthersCanWriteIsNotUsed(t *testing.T) {
	fsys := fstest.MapFS{"X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	shared := filepath.Join(t.TempDir(), "shared")
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(fsys, ".", Options{CacheDir: shared}); err != nil {
		t.Fatal(err)
	}
	if n := len(entries(t, shared)); n != 0 {
		t.Fatalf("%d entries written to a folder others can write to", n)
	}

	// An entry planted in it is not read.
	if err := os.Chmod(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(fsys, ".", Options{CacheDir: shared}); err != nil {
		t.Fatal(err)
	}
	rewriteEntry(t, shared, func(r *Rule) { r.Title = "planted" })
	if err := os.Chmod(shared, 0o777); err != nil {
		t.Fatal(err)
	}
	cat, err := Load(fsys, ".", Options{CacheDir: shared})
	if err != nil || cat.Lookup("X-1").Title != "X" {
		t.Fatalf("an entry in a folder others can write to was read: %v", err)
	}
	// Nor is an entry others can write, in a private folder.
	if err := os.Chmod(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	es := entries(t, shared)
	if err := os.Chmod(es[0], 0o666); err != nil {
		t.Fatal(err)
	}
	cat, err = Load(fsys, ".", Options{CacheDir: shared})
	if err != nil || cat.Lookup("X-1").Title != "X" {
		t.Fatalf("an entry others can write was read: %v", err)
	}
	// A link to the folder is not followed.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(shared, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(es[0], 0o600); err != nil {
		t.Fatal(err)
	}
	rewriteEntry(t, shared, func(r *Rule) { r.Title = "planted" })
	cat, err = Load(fsys, ".", Options{CacheDir: link})
	if err != nil || cat.Lookup("X-1").Title != "X" {
		t.Fatalf("an entry behind a link was read: %v", err)
	}
	// The same entry through the real folder is read (the checks above
	// failed for the reason they name).
	cat, err = Load(fsys, ".", Options{CacheDir: shared})
	if err != nil || cat.Lookup("X-1").Title != "planted" {
		t.Fatalf("the private entry was not read: %v %q", err, cat.Lookup("X-1").Title)
	}
}
