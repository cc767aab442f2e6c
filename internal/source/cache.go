package source

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// The cache lives under the user cache directory:
//
//	trees/<key>/   extracted targets, read-only, keyed by a hash of the
//	               content's own checksum (integrity, sha256, h1:, commit,
//	               manifest digest), so the same bytes are stored once
//	meta/<key>.json resolution records (versions, tags, refs → checksum)
//	               so --offline can resolve what was fetched before
//	blobs/sha256/  downloaded image layers, by digest
//	sumdb/         Go checksum database tiles and signed tree heads
//	tmp/           staging; a tree is renamed into place only when complete
//
// Keys are hashes of identities that never include credentials, so no
// secret can appear in a path.

// ErrNotCached is matched (errors.Is) by every --offline cache miss.
var ErrNotCached = errors.New("not in the cache")

// NotCachedError says which entry --offline could not find.
type NotCachedError struct {
	What     string // e.g. "npm package left-pad@^1 (registry https://registry.npmjs.org/)"
	CacheDir string
}

func (e *NotCachedError) Error() string {
	return fmt.Sprintf("offline: %s is not in the cache %s; run once without --offline to fetch it", e.What, e.CacheDir)
}

// Is makes errors.Is(err, ErrNotCached) true.
func (e *NotCachedError) Is(target error) bool { return target == ErrNotCached }

type cache struct {
	root    string
	noCache bool
	offline bool
}

func cacheKey(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *cache) missing(what string) error {
	return &NotCachedError{What: what, CacheDir: c.root}
}

// lookupTree returns the cached tree for key, if any. With --no-cache the
// cache is not consulted.
func (c *cache) lookupTree(key string) (string, bool) {
	if c.noCache {
		return "", false
	}
	d := filepath.Join(c.root, "trees", key)
	if fi, err := os.Stat(d); err == nil && fi.IsDir() {
		return d, true
	}
	return "", false
}

// stagingDir makes an empty folder for fill to write into. Staging lives
// inside the cache root (same file system, so the final rename is atomic)
// or, with --no-cache, in the system temp folder.
func (c *cache) stagingDir() (string, error) {
	if c.noCache {
		return os.MkdirTemp("", "mcpsafe-")
	}
	tmp := filepath.Join(c.root, "tmp")
	if err := os.MkdirAll(tmp, 0o700); err != nil {
		return "", fmt.Errorf("cannot create the cache folder %s: %v; pass --cache-dir or --no-cache", c.root, err)
	}
	c.sweepStaging(tmp)
	return os.MkdirTemp(tmp, "stage-")
}

// sweepStaging removes staging folders left by runs that were killed.
func (c *cache) sweepStaging(tmp string) {
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range ents {
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > 24*time.Hour {
			_ = removeTree(filepath.Join(tmp, e.Name()))
		}
	}
}

// materialize returns the tree for key, calling fill to create it when it
// is not cached. fill writes into an empty folder; on error the folder is
// removed, so a failed or hostile fetch leaves nothing behind. The tree is
// made read-only. cleanup removes it again for --no-cache.
func (c *cache) materialize(key, what string, fill func(dir string) error) (dir string, cleanup func() error, err error) {
	if d, ok := c.lookupTree(key); ok {
		return d, nil, nil
	}
	if c.offline {
		return "", nil, c.missing(what)
	}
	stage, err := c.stagingDir()
	if err != nil {
		return "", nil, err
	}
	if err := fill(stage); err != nil {
		_ = removeTree(stage)
		return "", nil, err
	}
	makeReadOnly(stage)
	if c.noCache {
		return stage, func() error { return removeTree(stage) }, nil
	}
	trees := filepath.Join(c.root, "trees")
	if err := os.MkdirAll(trees, 0o755); err != nil {
		_ = removeTree(stage)
		return "", nil, err
	}
	final := filepath.Join(trees, key)
	if err := os.Rename(stage, final); err != nil {
		// Another run may have stored the same content meanwhile.
		_ = removeTree(stage)
		if d, ok := c.lookupTree(key); ok {
			return d, nil, nil
		}
		return "", nil, fmt.Errorf("cannot store %s in the cache: %v", what, err)
	}
	return final, nil, nil
}

type metaRecord struct {
	Saved time.Time       `json:"saved"`
	Data  json.RawMessage `json:"data"`
}

// readMeta loads a resolution record. With --no-cache nothing is read.
func (c *cache) readMeta(key string, v any) bool {
	if c.noCache {
		return false
	}
	b, err := os.ReadFile(filepath.Join(c.root, "meta", key+".json"))
	if err != nil {
		return false
	}
	var rec metaRecord
	if json.Unmarshal(b, &rec) != nil {
		return false
	}
	return json.Unmarshal(rec.Data, v) == nil
}

// writeMeta stores a resolution record; failures only cost a later
// --offline run, so they are ignored.
func (c *cache) writeMeta(key string, v any) {
	if c.noCache {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	b, err := json.Marshal(metaRecord{Saved: time.Now().UTC(), Data: data})
	if err != nil {
		return
	}
	_ = writeFileAtomic(filepath.Join(c.root, "meta", key+".json"), b)
}

func writeFileAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-")
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

// makeReadOnly clears the write bits of files so the scanner (and anything
// else) cannot change a cached tree by accident. Folders stay writable by
// their owner, so that `rm -rf` of the cache keeps working (a cache that
// cannot be deleted without chmod is a known annoyance of Go's module
// cache). Links are left alone.
func makeReadOnly(root string) {
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		_ = os.Chmod(p, 0o444)
		return nil
	})
}

// removeTree removes a tree; folders get their write bit back first in
// case something made them read-only.
func removeTree(root string) error {
	if root == "" || root == "/" {
		return nil
	}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = os.Chmod(p, 0o700)
		}
		return nil
	})
	return os.RemoveAll(root)
}
