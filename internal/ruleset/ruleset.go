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
func Load(userDirs []string) (*catalog.Catalog, error) {
	cat, err := catalog.Load(rules.FS, ".", catalog.Options{Builtin: true, QueryCheck: engine.QueryCheck})
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
