// Package deps reads the dependency declarations of a project: npm, PyPI
// and Go manifests and lockfiles, into one list of dependencies with the
// file and line of each entry, so that rules can report a vulnerable,
// unpinned or typosquatted package where it is declared.
//
// Every parser takes untrusted bytes: a file that cannot be read gives a
// diagnostic and whatever entries were read before the problem, never a
// panic; sizes, nesting and entry counts are capped.
package deps

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// Ecosystems, as Dependency.Ecosystem spells them.
const (
	NPM  = "npm"
	PyPI = "pypi"
	Go   = "go"
)

// MaxFileSize is the largest file Parse reads (64 MiB): large monorepo
// lockfiles reach tens of megabytes; anything bigger is not a lockfile a
// person maintains.
const MaxFileSize = 64 << 20

// maxEntries caps the dependencies taken from one file.
const maxEntries = 200000

// Dependency is one declared or resolved package.
type Dependency struct {
	// Ecosystem is "npm", "pypi" or "go".
	Ecosystem string
	// Name is the registry name: npm names as written (scoped names keep
	// their scope), PyPI names normalised per PEP 503 (lower case, runs of
	// -_. as one -), Go module paths as written.
	Name string
	// Version is the exact version when the file resolves one: every
	// lockfile entry, go.mod requirements, and manifest entries pinned to
	// one version ("1.2.3" in package.json, "==1.2.3" in requirements).
	Version string
	// Constraint is the declared range as written (manifests); empty in
	// lockfiles.
	Constraint string
	// File is the path given to Parse; Line is the 1-based line of the
	// entry (0 when unknown).
	File string
	Line int
	// Direct is true for dependencies the project declares itself, false
	// for transitive ones and when a lockfile does not say (yarn.lock,
	// poetry.lock, Pipfile.lock, package-lock.json v1, go.sum).
	Direct bool
	// Dev is true for development-only dependencies (devDependencies,
	// dev groups, Pipfile [dev-packages]).
	Dev bool
	// Optional marks optional and peer dependencies (npm optional/peer,
	// PEP 621 extras, Poetry optional = true).
	Optional bool
	// Alias is the name a package is installed under when it differs from
	// Name (npm "alias": "npm:real@1.0.0").
	Alias string
	// Source is where a package comes from when not from its registry: a
	// git or tarball URL, a local path, "workspace:…", "link:…". Empty for
	// registry packages.
	Source string
	// Replace is the go.mod replacement ("path version" or a local
	// directory) of a Go module; the code built is the replacement's.
	Replace string
}

// Script is a package.json script: install-time ones (preinstall,
// install, postinstall, prepare) run on every install.
type Script struct {
	Name    string
	Command string
	Line    int
}

// Include is a file a requirements file pulls in with -r or -c.
type Include struct {
	// Path is the referenced path, joined with the including file's
	// folder and cleaned (forward slashes), or the URL as written.
	Path string
	Line int
	// Constraints marks -c (constraints only, installs nothing).
	Constraints bool
	// Outside marks a path outside the project (absolute, escaping with
	// "..", or a URL): it is noted, never followed.
	Outside bool
}

// Result is what one file declares.
type Result struct {
	File      string
	Ecosystem string
	// Lockfile says the file resolves versions (as opposed to declaring
	// ranges).
	Lockfile bool
	// Project is the project's own package name and the line declaring
	// it, when the file has one (package.json name, pyproject name, go.mod
	// module).
	Project     string
	ProjectLine int
	// Dependencies are in file order.
	Dependencies []Dependency
	// Scripts are package.json scripts, in file order.
	Scripts []Script
	// Includes are requirements-file -r/-c references.
	Includes    []Include
	Diagnostics []finding.Diagnostic
}

// Kind describes a file this package reads.
type Kind struct {
	Ecosystem string
	Lockfile  bool
	parse     func(r *Result, data []byte)
}

// Classify returns what kind of file a path is by its base name, and false
// for files this package does not read.
func Classify(file string) (Kind, bool) {
	base := path.Base(strings.ReplaceAll(file, "\\", "/"))
	switch base {
	case "package.json":
		return Kind{NPM, false, parsePackageJSON}, true
	case "package-lock.json", "npm-shrinkwrap.json":
		return Kind{NPM, true, parsePackageLock}, true
	case "pnpm-lock.yaml":
		return Kind{NPM, true, parsePnpmLock}, true
	case "yarn.lock":
		return Kind{NPM, true, parseYarnLock}, true
	case "pyproject.toml":
		return Kind{PyPI, false, parsePyproject}, true
	case "poetry.lock":
		return Kind{PyPI, true, parsePoetryLock}, true
	case "uv.lock":
		return Kind{PyPI, true, parseUVLock}, true
	case "Pipfile":
		return Kind{PyPI, false, parsePipfile}, true
	case "Pipfile.lock":
		return Kind{PyPI, true, parsePipfileLock}, true
	case "go.mod":
		return Kind{Go, false, parseGoMod}, true
	case "go.sum":
		return Kind{Go, true, parseGoSum}, true
	}
	if isRequirementsName(strings.ReplaceAll(file, "\\", "/")) {
		return Kind{PyPI, false, parseRequirements}, true
	}
	return Kind{}, false
}

// isRequirementsName matches pip requirement files: requirements.txt,
// requirements-dev.txt, dev-requirements.txt, requirements.in (pip-compile
// input), and any .txt or .in file in a folder named requirements.
func isRequirementsName(file string) bool {
	lower := strings.ToLower(file)
	base := path.Base(lower)
	stem, ok := strings.CutSuffix(base, ".txt")
	if !ok {
		if stem, ok = strings.CutSuffix(base, ".in"); !ok {
			return false
		}
	}
	return strings.HasPrefix(stem, "requirements") || strings.HasSuffix(stem, "requirements") ||
		path.Base(path.Dir(lower)) == "requirements"
}

// Supported reports whether Parse reads files of this name.
func Supported(file string) bool {
	_, ok := Classify(file)
	return ok
}

// Parse reads one manifest or lockfile. file is the path to report (relative
// to the project root, forward slashes); the kind comes from its base name.
// It returns nil for names it does not read. A file that cannot be read in
// full yields the entries read before the problem and a diagnostic.
func Parse(file string, data []byte) *Result {
	k, ok := Classify(file)
	if !ok {
		return nil
	}
	r := &Result{File: file, Ecosystem: k.Ecosystem, Lockfile: k.Lockfile}
	if len(data) > MaxFileSize {
		r.diag(0, "skipped: larger than %d MiB", MaxFileSize>>20)
		return r
	}
	func() {
		defer func() {
			if p := recover(); p != nil {
				r.diag(0, "could not be read (internal error: %v); entries before the problem are kept", p)
			}
		}()
		k.parse(r, data)
	}()
	if len(r.Dependencies) > maxEntries {
		r.Dependencies = r.Dependencies[:maxEntries]
		r.diag(0, "more than %d dependencies; the rest are ignored", maxEntries)
	}
	return r
}

func (r *Result) diag(line int, format string, args ...any) {
	r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{File: r.File, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (r *Result) add(d Dependency) {
	if len(r.Dependencies) > maxEntries {
		return
	}
	d.File = r.File
	if d.Ecosystem == "" {
		d.Ecosystem = r.Ecosystem
	}
	r.Dependencies = append(r.Dependencies, d)
}

// sortByLine orders dependencies by line, then name, for parsers whose
// source order is a map's.
func sortByLine(ds []Dependency) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Name < ds[j].Name
	})
}

// NormalizePyPI applies PEP 503 name normalisation: every run of "-", "_"
// and "." becomes one "-", and the name is lower-cased.
func NormalizePyPI(name string) string {
	return strings.ToLower(pySeparators.ReplaceAllString(strings.TrimSpace(name), "-"))
}

var pySeparators = regexp.MustCompile(`[-_.]+`)
