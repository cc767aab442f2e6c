package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb"
)

// goSumDBKey is the public verifier key of sum.golang.org, the same one
// compiled into the go command.
const goSumDBKey = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"

// goCheckSum compares a module zip's h1: hash with the checksum database.
// It returns a note when the check was skipped by the user's settings.
func (r *resolver) goCheckSum(ctx context.Context, genv func(string) string, proxies []goProxyEntry, netrc *netrcFile, path, ver, h1, noSum string) (string, error) {
	gosumdb := firstNonEmpty(r.opts.GoSumDB, genv("GOSUMDB"), DefaultGoSumDB)
	if gosumdb == "off" {
		return "checksum database disabled (GOSUMDB=off): the module's hash was not verified", nil
	}
	if module.MatchPrefixPatterns(noSum, path) {
		return "module matches GONOSUMDB/GOPRIVATE: its hash was not checked against the checksum database", nil
	}
	key, dbURL := gosumdb, ""
	if f := strings.Fields(gosumdb); len(f) == 2 {
		key, dbURL = f[0], f[1]
	}
	switch key {
	case "sum.golang.org":
		key = goSumDBKey
	case "sum.golang.google.cn":
		key, dbURL = goSumDBKey, firstNonEmpty(dbURL, "https://sum.golang.google.cn")
	}
	name, _, _ := strings.Cut(key, "+")
	if !strings.Contains(key, "+") {
		return "", fmt.Errorf("GOSUMDB=%q names an unknown checksum database without its key; use name+hash+key [url]", gosumdb)
	}
	if dbURL == "" {
		// Prefer the proxy's mirror of the database, as the go command does.
		for _, p := range proxies {
			if p.url == "direct" || p.url == "off" {
				break
			}
			u := joinURL(p.url, "sumdb", name, "supported")
			if _, _, err := r.http.getBytes(ctx, u, netrcAuth(netrc, u), "", 1<<10); err == nil {
				dbURL = joinURL(p.url, "sumdb", name)
			}
			break
		}
		if dbURL == "" {
			dbURL = "https://" + name
		}
	} else if !strings.Contains(dbURL, "://") {
		dbURL = "https://" + dbURL
	}
	ops := &sumdbOps{ctx: ctx, r: r, netrc: netrc, key: key, base: dbURL, dir: filepath.Join(r.opts.CacheDir, "sumdb"), mem: map[string][]byte{}}
	client := sumdb.NewClient(ops)
	lines, err := client.Lookup(path, ver)
	if ops.secErr != "" {
		return "", fmt.Errorf("SECURITY ERROR: the checksum database %s misbehaved: %s", name, ops.secErr)
	}
	if err != nil {
		if low := strings.ToLower(err.Error()); strings.Contains(low, "not found") || strings.Contains(low, " 410 ") || strings.Contains(low, "gone") {
			return "", fmt.Errorf("Go module %s@%s: the checksum database %s does not know this version: %v; if the module is private, add it to GOPRIVATE or GONOSUMDB", path, ver, name, err)
		}
		return "", fmt.Errorf("Go module %s@%s: checking the checksum database %s: %v", path, ver, name, err)
	}
	want := path + " " + ver + " " + h1
	for _, l := range lines {
		if l == want {
			return "", nil
		}
	}
	return "", fmt.Errorf("Go module %s@%s: %w: the zip's hash %s does not match the checksum database %s (%s); the proxy sent different code than everyone else got — do not trust it",
		path, ver, ErrChecksum, h1, name, strings.Join(lines, "; "))
}

// sumdbOps gives the x/mod checksum-database client its I/O: HTTP through
// the package's fetcher, tiles and tree heads cached under the cache dir
// (in memory with --no-cache).
type sumdbOps struct {
	ctx    context.Context
	r      *resolver
	netrc  *netrcFile
	key    string
	base   string
	dir    string
	mu     sync.Mutex
	mem    map[string][]byte
	secErr string
}

func (o *sumdbOps) ReadRemote(path string) ([]byte, error) {
	b, _, err := o.r.http.getBytes(o.ctx, o.base+path, netrcAuth(o.netrc, o.base+path), "", 16<<20)
	return b, err
}

func (o *sumdbOps) ReadConfig(file string) ([]byte, error) {
	if file == "key" {
		return []byte(o.key), nil
	}
	b, err := o.ReadCache("config/" + file)
	if err != nil {
		return []byte{}, nil // start from an empty tree
	}
	return b, nil
}

func (o *sumdbOps) WriteConfig(file string, old, new []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	cur, _ := o.readLocked("config/" + file)
	if !bytes.Equal(cur, old) {
		return sumdb.ErrWriteConflict
	}
	o.writeLocked("config/"+file, new)
	return nil
}

func (o *sumdbOps) ReadCache(file string) ([]byte, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.readLocked(file)
}

func (o *sumdbOps) readLocked(file string) ([]byte, error) {
	if b, ok := o.mem[file]; ok {
		return b, nil
	}
	if o.r.opts.NoCache {
		return nil, os.ErrNotExist
	}
	p, err := o.cachePath(file)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}

func (o *sumdbOps) WriteCache(file string, data []byte) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.writeLocked(file, data)
}

func (o *sumdbOps) writeLocked(file string, data []byte) {
	o.mem[file] = data
	if o.r.opts.NoCache {
		return
	}
	if p, err := o.cachePath(file); err == nil {
		_ = writeFileAtomic(p, data)
	}
}

// cachePath maps a client file name (which the client builds from the
// database name and escaped module paths) under the sumdb cache folder.
func (o *sumdbOps) cachePath(file string) (string, error) {
	c, err := cleanName(file)
	if err != nil || c == "" {
		return "", errors.New("invalid sumdb cache name")
	}
	return filepath.Join(o.dir, filepath.FromSlash(c)), nil
}

func (o *sumdbOps) Log(string) {}

func (o *sumdbOps) SecurityError(msg string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.secErr = msg
}
