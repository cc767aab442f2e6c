package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Target kinds, as reported in Target.Kind and Spec.Kind.
const (
	KindDir         = "dir"
	KindFile        = "file"
	KindArchive     = "archive"
	KindNPM         = "npm"
	KindPyPI        = "pypi"
	KindGo          = "go"
	KindGit         = "git"
	KindOCI         = "oci"
	KindMCPRegistry = "mcp-registry"
)

// Public defaults. They are only used when neither Options nor the user's
// ecosystem configuration names another location.
const (
	DefaultNPMRegistry = "https://registry.npmjs.org/"
	DefaultPyPIIndex   = "https://pypi.org/simple/"
	DefaultGoProxy     = "https://proxy.golang.org"
	DefaultGoSumDB     = "sum.golang.org"
	DefaultMCPRegistry = "https://registry.modelcontextprotocol.io"
)

// Default limits. They are generous for real packages (the largest npm
// packages that ship MCP servers are a few MB) and small enough that a
// hostile archive cannot fill a disk.
const (
	DefaultMaxDownload       = 512 << 20 // bytes per downloaded file
	DefaultMaxImageDownload  = 4 << 30   // bytes of compressed layers per image
	DefaultMaxExtractedBytes = 1 << 30   // bytes written per target
	DefaultMaxEntries        = 200_000   // files, dirs and links per target
	DefaultMaxRatio          = 200       // uncompressed/compressed bytes
	DefaultTimeout           = 10 * time.Minute
)

// Options configure Parse and Resolve. The zero value is usable: it caches
// under the user cache directory and reads the user's own configuration.
type Options struct {
	// CacheDir holds fetched trees and resolution records.
	// Default: os.UserCacheDir()/mcpsafe.
	CacheDir string
	// NoCache fetches into a temporary folder that Target.Close removes.
	NoCache bool
	// Offline never touches the network: targets are resolved from the cache
	// only, and a missing entry is an error that names it.
	Offline bool
	// Progress receives human-readable progress lines; nil is quiet. The CLI
	// passes stderr only when it is a terminal.
	Progress io.Writer
	// HTTPClient is used for every HTTP request; nil means a client with
	// connect, TLS and header timeouts.
	HTTPClient *http.Client
	// Getenv reads environment variables; nil means os.Getenv. Tests inject
	// NPM_CONFIG_*, PIP_INDEX_URL, GOPROXY, DOCKER_CONFIG and friends here.
	Getenv func(string) string
	// HomeDir locates ~/.npmrc, ~/.netrc, ~/.docker/config.json,
	// ~/.config/pip/pip.conf, ~/.config/go/env and git's global config.
	// Default: os.UserHomeDir().
	HomeDir string
	// WorkDir is where a project-level .npmrc is looked for, as npm does.
	// Default: the current directory.
	WorkDir string

	// Base-URL overrides. Empty means: the user's configuration, else the
	// public default.
	NPMRegistry string
	PyPIIndex   string // a pip index URL (".../simple/")
	GoProxy     string // a GOPROXY list
	GoSumDB     string // a GOSUMDB value; "off" disables checksum-database checks
	MCPRegistry string

	// Platform selects a manifest from an OCI image index. Default linux/amd64.
	Platform string
	// GitPath is the git binary. Default "git" from PATH.
	GitPath string

	// Limits. Zero means the default.
	MaxDownload       int64   // bytes per downloaded file
	MaxImageDownload  int64   // compressed bytes of all layers of one image
	MaxExtractedBytes int64   // bytes written for one target
	MaxEntries        int     // entries written for one target
	MaxRatio          float64 // decompressed/compressed bytes of one archive
	// Timeout bounds each network operation (one download, one git fetch).
	Timeout time.Duration
}

// Target is a resolved, local, read-only tree to scan.
type Target struct {
	// Kind is one of the Kind* constants.
	Kind string
	// Ref is the reference as the user gave it.
	Ref string
	// Resolved names exactly what was fetched: name@version for packages,
	// URL@commit for git, repository@sha256:… for images, an absolute path
	// for local files and folders. It never contains credentials.
	Resolved string
	// Digest is the checksum the content was verified against, in the
	// ecosystem's own notation ("sha512-…" for npm, "sha256:…", "h1:…"),
	// or the git commit / image manifest digest.
	Digest string
	// Dir is the local folder to scan, or the file for a single-file target.
	Dir string
	// Package is, for an MCP registry entry, the kind of what it published
	// and was fetched ("npm", "pypi", "oci", "git", "mcpb").
	Package string
	// Notes are facts worth reporting about the resolution, such as an
	// unverified checksum or a registry entry part that cannot be scanned.
	Notes []string

	cleanup func() error
}

// Close releases the target. For --no-cache targets it removes the
// temporary folder; for cached and local targets it does nothing.
func (t *Target) Close() error {
	if t == nil || t.cleanup == nil {
		return nil
	}
	f := t.cleanup
	t.cleanup = nil
	return f()
}

// Resolve parses ref, fetches what it names (or finds it in the cache) and
// returns the trees to scan. An MCP registry entry may publish several
// packages, so the result is a list; every other form gives one Target.
// On error nothing is left behind outside the cache directory.
func Resolve(ctx context.Context, ref string, opts Options) ([]*Target, error) {
	r, err := newResolver(opts)
	if err != nil {
		return nil, err
	}
	spec, err := Parse(ref, opts)
	if err != nil {
		return nil, r.red.err(err)
	}
	ts, err := r.resolveSpec(ctx, spec)
	if err != nil {
		return nil, r.red.err(err)
	}
	for _, t := range ts {
		t.Ref = ref
		t.Resolved = r.red.str(t.Resolved)
		for i := range t.Notes {
			t.Notes[i] = r.red.str(t.Notes[i])
		}
	}
	return ts, nil
}

// resolver carries the per-Resolve state: effective options, configuration
// read from disk and the environment, and the redactor for their secrets.
type resolver struct {
	opts  Options
	red   *redactor
	cache *cache
	http  *httpFetcher
	prog  *progress
}

func newResolver(opts Options) (*resolver, error) {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.HomeDir == "" {
		if h, err := os.UserHomeDir(); err == nil {
			opts.HomeDir = h
		}
	}
	if opts.WorkDir == "" {
		if wd, err := os.Getwd(); err == nil {
			opts.WorkDir = wd
		}
	}
	if opts.NoCache && opts.Offline {
		return nil, errors.New("--offline reads only the cache and --no-cache bypasses it: use one of them")
	}
	if opts.CacheDir == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			if !opts.NoCache {
				return nil, fmt.Errorf("cannot find the user cache directory (%v): pass --cache-dir or --no-cache", err)
			}
			d = os.TempDir()
		}
		opts.CacheDir = filepath.Join(d, "mcpsafe")
	}
	if abs, err := filepath.Abs(opts.CacheDir); err == nil {
		opts.CacheDir = abs
	}
	if opts.Platform == "" {
		opts.Platform = "linux/amd64"
	}
	if opts.GitPath == "" {
		opts.GitPath = "git"
	}
	if opts.MaxDownload <= 0 {
		opts.MaxDownload = DefaultMaxDownload
	}
	if opts.MaxImageDownload <= 0 {
		opts.MaxImageDownload = DefaultMaxImageDownload
	}
	if opts.MaxExtractedBytes <= 0 {
		opts.MaxExtractedBytes = DefaultMaxExtractedBytes
	}
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = DefaultMaxEntries
	}
	if opts.MaxRatio <= 0 {
		opts.MaxRatio = DefaultMaxRatio
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	red := newRedactor()
	prog := newProgress(opts.Progress, red)
	r := &resolver{
		opts:  opts,
		red:   red,
		prog:  prog,
		cache: &cache{root: opts.CacheDir, noCache: opts.NoCache, offline: opts.Offline},
	}
	r.http = newHTTPFetcher(opts, red, prog)
	return r, nil
}

func (r *resolver) limits() limits {
	return limits{
		maxBytes:   r.opts.MaxExtractedBytes,
		maxEntries: r.opts.MaxEntries,
		maxRatio:   r.opts.MaxRatio,
	}
}

func (r *resolver) resolveSpec(ctx context.Context, s Spec) ([]*Target, error) {
	one := func(t *Target, err error) ([]*Target, error) {
		if err != nil {
			return nil, err
		}
		return []*Target{t}, nil
	}
	switch s.Kind {
	case KindDir, KindFile:
		return one(resolveLocal(s))
	case KindArchive:
		return one(r.resolveArchive(ctx, s))
	case KindNPM:
		return one(r.resolveNPM(ctx, s.Name, s.Version, ""))
	case KindPyPI:
		return one(r.resolvePyPI(ctx, s.Name, s.Version))
	case KindGo:
		return one(r.resolveGo(ctx, s.Name, s.Version))
	case KindGit:
		return one(r.resolveGit(ctx, s.Name, s.Version, ""))
	case KindOCI:
		return one(r.resolveOCI(ctx, s.Name))
	case KindMCPRegistry:
		return r.resolveMCPRegistry(ctx, s.Name, s.Version)
	}
	return nil, fmt.Errorf("unsupported target kind %q", s.Kind)
}

// resolveLocal accepts an existing folder or file as it is: nothing is
// copied, so Close has nothing to remove.
func resolveLocal(s Spec) (*Target, error) {
	abs, err := filepath.Abs(s.Name)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", s.Name, errors.Unwrap(err))
	}
	kind := KindDir
	if !fi.IsDir() {
		kind = KindFile
	}
	return &Target{Kind: kind, Resolved: abs, Dir: abs}, nil
}

// ctxTimeout bounds one network operation.
func (r *resolver) ctxTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, r.opts.Timeout)
}

// trimSlash returns u without trailing slashes, for joining base URLs.
func trimSlash(u string) string { return strings.TrimRight(u, "/") }
