package catalog

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mcpsafe/mcpsafe/internal/bincode"
	"github.com/mcpsafe/mcpsafe/rules"
)

// entries lists the cache entries in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*.bin"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The built-in catalog read back from the cache equals the catalog parsed
// from its YAML, field for field.
func TestCacheRoundTripsTheBuiltinCatalog(t *testing.T) {
	fresh, err := Load(rules.FS, ".", Options{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	first, err := Load(rules.FS, ".", Options{Builtin: true, CacheDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(entries(t, dir)); n != 1 {
		t.Fatalf("%d cache entries after the first load, want 1", n)
	}
	second, err := Load(rules.FS, ".", Options{Builtin: true, CacheDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh.Rules) < 100 {
		t.Fatalf("only %d rules", len(fresh.Rules))
	}
	for _, c := range []*Catalog{first, second} {
		if !reflect.DeepEqual(c.Rules, fresh.Rules) {
			t.Fatal("the cached catalog differs from the parsed one")
		}
		if !reflect.DeepEqual(c.fixtures, fresh.fixtures) || !reflect.DeepEqual(c.fixtureDirs, fresh.fixtureDirs) {
			t.Fatal("fixture folders differ")
		}
	}
}

// rewriteEntry replaces the rule of the only cache entry in dir by what
// edit makes of it, with a valid checksum.
func rewriteEntry(t *testing.T, dir string, edit func(r *Rule)) {
	t.Helper()
	es := entries(t, dir)
	if len(es) != 1 {
		t.Fatalf("%d entries", len(es))
	}
	data, err := os.ReadFile(es[0])
	if err != nil {
		t.Fatal(err)
	}
	var cached []cachedFile
	if err := bincode.Decode(data[len(cacheMagic)+4:], &cached); err != nil {
		t.Fatal(err)
	}
	edit(cached[0].Rule)
	payload, err := bincode.Encode(cached)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	buf.WriteString(cacheMagic)
	buf.Write(binary.LittleEndian.AppendUint32(nil, crc32.Checksum(payload, crcTable)))
	buf.Write(payload)
	if err := os.WriteFile(es[0], buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCacheIsReadValidatedAndIgnoredWhenDamaged(t *testing.T) {
	fsys := fstest.MapFS{"rules/X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	dir := t.TempDir()
	opts := Options{CacheDir: dir}
	if _, err := Load(fsys, ".", opts); err != nil {
		t.Fatal(err)
	}

	// The second load reads the entry: an edit made there shows.
	rewriteEntry(t, dir, func(r *Rule) { r.Title = "from the cache" })
	cat, err := Load(fsys, ".", opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Lookup("X-1").Title; got != "from the cache" {
		t.Fatalf("title %q: the entry was not read", got)
	}

	// A cached rule that this build would reject is a miss: the YAML is
	// parsed again and the entry rewritten.
	rewriteEntry(t, dir, func(r *Rule) { r.CWE = "not a CWE" })
	cat, err = Load(fsys, ".", opts)
	if err != nil {
		t.Fatal(err)
	}
	if r := cat.Lookup("X-1"); r.CWE != "CWE-1" || r.Title != "X" {
		t.Fatalf("an invalid cached rule was used: %+v", r)
	}

	// Damaged bytes: every truncation and a flipped byte are misses.
	es := entries(t, dir)
	good, _ := os.ReadFile(es[0])
	for _, damaged := range [][]byte{good[:len(good)/2], good[:len(cacheMagic)+2], append(bytes.Clone(good[:len(good)-1]), good[len(good)-1]^0xff), []byte("junk")} {
		if err := os.WriteFile(es[0], damaged, 0o644); err != nil {
			t.Fatal(err)
		}
		cat, err := Load(fsys, ".", opts)
		if err != nil {
			t.Fatalf("damaged entry: %v", err)
		}
		if r := cat.Lookup("X-1"); r == nil || r.Title != "X" || r.Path != "rules/X-1.yaml" {
			t.Fatalf("damaged entry: %+v", r)
		}
	}
}

func TestCacheKeyFollowsTheFilesAndOptions(t *testing.T) {
	dir := t.TempDir()
	fsys := fstest.MapFS{"X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	if _, err := Load(fsys, ".", Options{CacheDir: dir}); err != nil {
		t.Fatal(err)
	}
	// Another title, another prefix, the built-in flag: each a new entry
	// (up to cacheKeep), each load right.
	fsys["X-1.yaml"].Data = []byte(strings.Replace(valid, "title: X", "title: Changed", 1))
	cat, err := Load(fsys, ".", Options{CacheDir: dir})
	if err != nil || cat.Lookup("X-1").Title != "Changed" {
		t.Fatalf("changed file: %v %+v", err, cat)
	}
	cat, err = Load(fsys, ".", Options{CacheDir: dir, PathPrefix: "mine"})
	if err != nil || cat.Lookup("X-1").Path != "mine/X-1.yaml" {
		t.Fatalf("prefix: %v %+v", err, cat.Lookup("X-1"))
	}
	if n := len(entries(t, dir)); n != 3 {
		t.Fatalf("%d entries, want 3", n)
	}
	for i := range 2 * cacheKeep {
		fsys["X-1.yaml"].Data = []byte(strings.Replace(valid, "title: X", "title: T"+string(rune('a'+i)), 1))
		if _, err := Load(fsys, ".", Options{CacheDir: dir}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(entries(t, dir)); n != cacheKeep {
		t.Fatalf("%d entries kept, want %d", n, cacheKeep)
	}
}

func TestCacheIsNotWrittenForQueryChecksOrErrors(t *testing.T) {
	dir := t.TempDir()
	fsys := fstest.MapFS{"X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	check := func(string, string) ([]string, error) { return []string{"c"}, nil }
	if _, err := Load(fsys, ".", Options{CacheDir: dir, QueryCheck: check}); err != nil {
		t.Fatal(err)
	}
	fsys["X-1.yaml"].Data = []byte(strings.Replace(valid, "cwe: CWE-1", "cwe: 1", 1))
	if _, err := Load(fsys, ".", Options{CacheDir: dir}); err == nil {
		t.Fatal("an invalid rule loaded")
	}
	if n := len(entries(t, dir)); n != 0 {
		t.Fatalf("%d entries written", n)
	}
}

func TestCacheThatCannotBeWrittenChangesNothing(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	for range 2 {
		cat, err := Load(fsys, ".", Options{CacheDir: filepath.Join(file, "cache")})
		if err != nil || cat.Lookup("X-1") == nil {
			t.Fatalf("%v %+v", err, cat)
		}
	}
}
