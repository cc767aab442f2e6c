package deps

import (
	"path"
	"strings"
)

// lockfilesFor lists, per manifest name, the lockfiles that pin its
// dependencies. Workspaces keep one lockfile at their root, so the search
// also looks in the manifest's parent folders.
var lockfilesFor = map[string][]string{
	"package.json":   {"package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb"},
	"pyproject.toml": {"uv.lock", "poetry.lock", "pdm.lock", "pylock.toml"},
	"Pipfile":        {"Pipfile.lock"},
}

// LockfileFor reports whether a manifest's dependencies are pinned by a
// lockfile, and which one. manifest is a path relative to the project root
// with forward slashes; exists says whether a project path exists. The
// manifest's folder is searched first, then its parents up to the root.
//
// go.mod pins exact versions itself (minimal version selection builds the
// versions it lists), so it reports itself. requirements files have no
// lockfile; whether they pin is a matter of their own "==" clauses.
func LockfileFor(manifest string, exists func(path string) bool) (string, bool) {
	manifest = strings.ReplaceAll(manifest, "\\", "/")
	base := path.Base(manifest)
	if base == "go.mod" {
		return manifest, true
	}
	names := lockfilesFor[base]
	if names == nil {
		return "", false
	}
	dir := path.Dir(manifest)
	for {
		for _, n := range names {
			p := n
			if dir != "." && dir != "" {
				p = dir + "/" + n
			}
			if exists(p) {
				return p, true
			}
		}
		if dir == "." || dir == "/" || dir == "" {
			return "", false
		}
		dir = path.Dir(dir)
	}
}
