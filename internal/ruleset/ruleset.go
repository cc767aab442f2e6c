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
	return load(userDirs, false)
}

// LoadStrict is Load with the built-in rules' queries compiled and
// checked too, for `mcpsafe rules test` and the tests.
func LoadStrict(userDirs []string) (*catalog.Catalog, error) {
	return load(userDirs, true)
}

func load(userDirs []string, strict bool) (*catalog.Catalog, error) {
	opts := catalog.Options{Builtin: true}
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
