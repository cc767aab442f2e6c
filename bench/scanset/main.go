// Command scanset prepares the file set every tool of the benchmark reads:
// it walks a corpus exactly as `mcpsafe scan` does (internal/project: the
// .gitignore files, skipped folders, test files, size cap, and the content
// checks for binary, minified and non-UTF-8 files) and hard-links the source
// files mcpsafe would scan, and the manifests it reads, into a mirror
// folder. mcpsafe, ast-grep and ripgrep are then all pointed at the mirror,
// so they read the same files.
//
//	go run ./bench/scanset -in bench/corpus -out bench/out/set
//
// It prints a JSON summary (files and bytes per language, what was left out
// and why) on standard output.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/project"
)

type summary struct {
	Corpus    string           `json:"corpus"`
	Out       string           `json:"out"`
	Files     int              `json:"files"`
	Bytes     int64            `json:"bytes"`
	Manifests int              `json:"manifests"`
	ByLang    map[string]count `json:"by_language"`
	// Left lists the source files mcpsafe would not scan, by reason.
	Left map[string]count `json:"left_out"`
	// Packages has one entry per top-level package folder of the corpus.
	Packages []pkg `json:"packages,omitempty"`
}

type count struct {
	Files int   `json:"files"`
	Bytes int64 `json:"bytes"`
}

type pkg struct {
	Name  string `json:"name"`
	Files int    `json:"files"`
	Bytes int64  `json:"bytes"`
	// LeftOut counts files not scanned (minified, too large, ...).
	LeftOut int `json:"left_out"`
}

func main() {
	in := flag.String("in", "bench/corpus", "corpus folder")
	out := flag.String("out", "bench/out/set", "mirror folder to create (emptied first)")
	depth := flag.Int("pkg-depth", 2, "folder depth below -in that names a package, for the per-package table (0: none)")
	tests := flag.Bool("include-tests", false, "also take test files and folders (as mcpsafe scan --include-tests)")
	flag.Parse()
	if err := run(*in, *out, *depth, *tests); err != nil {
		fmt.Fprintln(os.Stderr, "scanset:", err)
		os.Exit(1)
	}
}

func run(in, out string, depth int, tests bool) error {
	// .cache holds the downloads bench/corpus.sh keeps (tarballs, the Go
	// module cache); go.mod there marks the corpus as no part of this
	// module.
	proj, err := project.Walk(in, project.Options{MaxFileSize: project.DefaultMaxFileSize, IncludeTests: tests, Excludes: []string{"/.cache/", "/go.mod"}})
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// The mirror holds Go files of other modules: a go.mod of its own keeps
	// them out of this module's ./... (go vet, go test).
	if err := os.WriteFile(filepath.Join(out, "go.mod"), []byte("module benchset\n"), 0o644); err != nil {
		return err
	}
	s := summary{Corpus: in, Out: out, ByLang: map[string]count{}, Left: map[string]count{}}
	pkgs := map[string]*pkg{}
	pkgOf := func(rel string) *pkg {
		if depth <= 0 {
			return nil
		}
		parts := strings.SplitN(rel, "/", depth+1)
		if len(parts) <= depth {
			return nil
		}
		name := strings.Join(parts[:depth], "/")
		p := pkgs[name]
		if p == nil {
			p = &pkg{Name: name}
			pkgs[name] = p
		}
		return p
	}
	for _, f := range proj.Sources {
		data, err := os.ReadFile(f.Abs)
		if err != nil {
			return err
		}
		p := pkgOf(f.Path)
		if reason := project.CheckContent(f.Path, data); reason != "" {
			key := reason
			if i := strings.Index(key, ":"); i > 0 {
				key = key[:i]
			}
			if i := strings.Index(reason, "minified"); i >= 0 {
				key = "minified"
			}
			c := s.Left[key]
			c.Files++
			c.Bytes += int64(len(data))
			s.Left[key] = c
			if p != nil {
				p.LeftOut++
			}
			continue
		}
		if err := link(f.Abs, filepath.Join(out, filepath.FromSlash(f.Path))); err != nil {
			return err
		}
		s.Files++
		s.Bytes += int64(len(data))
		c := s.ByLang[string(f.Lang.ID)]
		c.Files++
		c.Bytes += int64(len(data))
		s.ByLang[string(f.Lang.ID)] = c
		if p != nil {
			p.Files++
			p.Bytes += int64(len(data))
		}
	}
	for _, m := range proj.Manifests {
		if err := link(m.Abs, filepath.Join(out, filepath.FromSlash(m.Path))); err != nil {
			return err
		}
		s.Manifests++
	}
	for _, d := range proj.Diagnostics {
		key := d.Message
		if i := strings.Index(key, "("); i > 0 {
			key = strings.TrimSpace(key[:i])
		}
		if strings.Contains(key, "larger than") {
			key = "larger than the size cap"
		}
		c := s.Left[key]
		c.Files++
		s.Left[key] = c
		if p := pkgOf(d.File); p != nil {
			p.LeftOut++
		}
	}
	for _, p := range pkgs {
		s.Packages = append(s.Packages, *p)
	}
	sort.Slice(s.Packages, func(i, j int) bool { return s.Packages[i].Name < s.Packages[j].Name })
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// link hard-links src to dst, copying when a link is not possible (another
// file system).
func link(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
