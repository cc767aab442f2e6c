// Package project turns a target folder into the list of files a scan
// reads: source files by language and manifests, with .gitignore,
// dependency and test folders, user excludes and symlinks handled.
//
// The walk never follows a symlink: a link inside the target names a file
// the walk reaches by its real path anyway, and a link out of the target
// is reported and left alone.
package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/document"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// DefaultMaxFileSize is the default cap on the size of a file the scanner
// reads (2 MiB).
const DefaultMaxFileSize = 2 << 20

// Options control the walk.
type Options struct {
	// MaxFileSize skips larger files with a diagnostic; 0 means the default.
	MaxFileSize int64
	// IncludeTests scans test folders and files, skipped by default.
	IncludeTests bool
	// Excludes are gitignore-syntax patterns relative to the root.
	Excludes []string
	// NoGitignore disables .gitignore handling.
	NoGitignore bool
}

// File is one file the scan will read.
type File struct {
	// Path is relative to the root, with forward slashes.
	Path string
	// Abs is the path on disk.
	Abs string
	// Lang is the source language, nil for manifests.
	Lang *lang.Language
	Size int64
}

// Project is the result of a walk.
type Project struct {
	// Root is the absolute, symlink-resolved folder the paths are
	// relative to.
	Root      string
	Sources   []File
	Manifests []File
	// Documents are the other files rules may read: lockfiles,
	// Dockerfiles, workflows, client configurations, .env files, and JSON
	// or YAML files that may turn out to be tools/list or policy
	// documents (internal/document decides from their content).
	Documents []File
	// Skipped counts files the walk left out with a diagnostic.
	Skipped     int
	Diagnostics []finding.Diagnostic
}

// dirsAlwaysSkipped hold dependencies, caches and VCS data, never the
// project's own code.
var dirsAlwaysSkipped = map[string]bool{
	".git": true, ".hg": true, ".svn": true,
	"node_modules": true, "bower_components": true, "vendor": true,
	"__pycache__": true, ".venv": true, "venv": true, ".tox": true, ".nox": true,
	".mypy_cache": true, ".pytest_cache": true, ".ruff_cache": true, "site-packages": true,
}

// testDirs hold test code, skipped unless IncludeTests is set.
var testDirs = map[string]bool{"test": true, "tests": true, "__tests__": true}

// IsTestFile reports whether a file name follows a test naming convention:
// *_test.go, test_*.py, *_test.py, *.test.*, *.spec.*.
func IsTestFile(name string) bool {
	base := path.Base(name)
	switch {
	case strings.HasSuffix(base, "_test.go"):
		return true
	case strings.HasSuffix(base, ".py") && (strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py")):
		return true
	}
	parts := strings.Split(base, ".")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if p == "test" || p == "spec" {
			return true
		}
	}
	return false
}

// Walk lists the files under root (a folder or a single file).
func Walk(root string, opts Options) (*Project, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("cannot resolve %s: %w", root, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s does not exist", root)
		}
		return nil, fmt.Errorf("cannot read %s: %w", root, err)
	}
	info, err := os.Stat(real)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", root, err)
	}
	p := &Project{}
	if !info.IsDir() {
		p.Root = filepath.Dir(real)
		p.add(filepath.Base(real), real, info.Size(), opts)
		return p, nil
	}
	p.Root = real

	// .gitignore rules and user excludes are kept apart, so that a
	// negation in a .gitignore cannot re-include what the user excluded.
	ig := &Ignorer{}
	excludes := &Ignorer{}
	for _, e := range opts.Excludes {
		excludes.AddPattern(e)
	}
	err = filepath.WalkDir(real, func(abs string, d fs.DirEntry, walkErr error) error {
		rel, _ := filepath.Rel(real, abs)
		rel = filepath.ToSlash(rel)
		if walkErr != nil {
			p.Diagnostics = append(p.Diagnostics, finding.Diagnostic{File: rel, Message: "cannot read: " + walkErr.Error()})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if rel == "." {
			if !opts.NoGitignore {
				readGitignore(ig, abs, "")
			}
			return nil
		}
		name := d.Name()
		if d.Type()&fs.ModeSymlink != 0 {
			p.symlink(rel, abs, real)
			return nil
		}
		if d.IsDir() {
			if dirsAlwaysSkipped[name] || (!opts.IncludeTests && testDirs[name]) || isVirtualenv(abs) {
				return fs.SkipDir
			}
			if ig.Ignored(rel, true) || excludes.Ignored(rel, true) {
				return fs.SkipDir
			}
			if !opts.NoGitignore {
				readGitignore(ig, abs, rel)
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // sockets, devices, pipes
		}
		if ig.Ignored(rel, false) || excludes.Ignored(rel, false) {
			return nil
		}
		if !opts.IncludeTests && IsTestFile(name) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			p.Diagnostics = append(p.Diagnostics, finding.Diagnostic{File: rel, Message: "cannot read: " + err.Error()})
			return nil
		}
		p.add(rel, abs, info.Size(), opts)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(p.Sources, func(i, j int) bool { return p.Sources[i].Path < p.Sources[j].Path })
	sort.Slice(p.Manifests, func(i, j int) bool { return p.Manifests[i].Path < p.Manifests[j].Path })
	sort.Slice(p.Documents, func(i, j int) bool { return p.Documents[i].Path < p.Documents[j].Path })
	return p, nil
}

func (p *Project) add(rel, abs string, size int64, opts Options) {
	l := lang.Detect(rel)
	manifest := mcpctx.IsManifest(rel)
	doc := l == nil && document.Candidate(rel)
	if l == nil && !manifest && !doc {
		return
	}
	if doc && !manifest {
		// Lockfiles may exceed the source cap; files that are only
		// candidates (any JSON or YAML) are dropped silently when large.
		limit := opts.MaxFileSize
		if k := document.Classify(rel, nil); document.Lockfile(k) && limit < document.MaxSize {
			limit = document.MaxSize
		}
		if size <= limit {
			p.Documents = append(p.Documents, File{Path: rel, Abs: abs, Size: size})
			return
		}
		if !document.NameOnly(rel) {
			return
		}
	}
	if size > opts.MaxFileSize {
		p.Skipped++
		p.Diagnostics = append(p.Diagnostics, finding.Diagnostic{File: rel,
			Message: fmt.Sprintf("skipped: %s is larger than the %s cap (raise it with --max-file-size)", humanSize(size), humanSize(opts.MaxFileSize))})
		return
	}
	f := File{Path: rel, Abs: abs, Lang: l, Size: size}
	if manifest {
		p.Manifests = append(p.Manifests, f)
		if doc {
			p.Documents = append(p.Documents, f)
		}
	} else {
		p.Sources = append(p.Sources, f)
	}
}

func (p *Project) symlink(rel, abs, root string) {
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		p.Diagnostics = append(p.Diagnostics, finding.Diagnostic{File: rel, Message: "broken symlink not followed"})
		return
	}
	if target != root && !strings.HasPrefix(target, root+string(filepath.Separator)) {
		p.Diagnostics = append(p.Diagnostics, finding.Diagnostic{File: rel, Message: "symlink to outside the target not followed"})
	}
	// A link inside the target names a file the walk reaches by its real
	// path; following it would scan that file twice.
}

func readGitignore(ig *Ignorer, dir, rel string) {
	data, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return
	}
	ig.AddGitignore(rel, string(data))
}

func isVirtualenv(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, "pyvenv.cfg"))
	return err == nil
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
