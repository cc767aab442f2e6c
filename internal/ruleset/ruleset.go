// Package ruleset loads the rules a run uses: the catalog embedded in the
// binary, plus any user rule folders, validated the same way.
package ruleset

import (
	"fmt"
	"os"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/rules"
)

// Load returns the built-in catalog merged with the rules in userDirs.
// User rules are validated in full, queries included. The built-in rules'
// queries are validated by the test suite (LoadStrict) rather than at
// every start: compiling every query of every grammar costs seconds, and
// a scan only compiles the queries its files need.
func Load(userDirs []string) (*catalog.Catalog, error) {
	return load(userDirs, false, "")
}

// LoadCached is Load keeping the built-in catalog's parsed rules in
// cacheDir between runs (catalog.Options.CacheDir); "" is Load.
func LoadCached(userDirs []string, cacheDir string) (*catalog.Catalog, error) {
	return load(userDirs, false, cacheDir)
}

// LoadStrict is Load with the built-in rules' queries compiled and
// checked too, for `mcpsafe rules test` and the tests.
func LoadStrict(userDirs []string) (*catalog.Catalog, error) {
	return load(userDirs, true, "")
}

func load(userDirs []string, strict bool, cacheDir string) (*catalog.Catalog, error) {
	opts := catalog.Options{Builtin: true, CacheDir: cacheDir}
	if strict {
		opts.QueryCheck = engine.QueryCheck
	}
	cat, err := catalog.Load(rules.FS, ".", opts)
	if err != nil {
		return nil, fmt.Errorf("built-in rules are invalid (this is a bug in mcpsafe):\n%w", err)
	}
	for _, dir := range userDirs {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("--rules %s: %w", dir, err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("--rules %s: not a folder", dir)
		}
		if err := cat.Merge(os.DirFS(dir), ".", catalog.Options{QueryCheck: engine.QueryCheck, PathPrefix: dir}); err != nil {
			return nil, fmt.Errorf("rules in %s:\n%w", dir, err)
		}
	}
	return cat, nil
}
