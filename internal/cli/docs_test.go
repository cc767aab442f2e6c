package cli

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

// TestRuleDocsAreFresh fails when docs/rules/ does not match the rule
// files. Regenerate with: go run ./cmd/mcpsafe rules docs docs/rules
func TestRuleDocsAreFresh(t *testing.T) {
	cat, err := ruleset.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := "../../docs/rules"
	pages := Pages(cat)
	for name, want := range pages {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("docs/rules/%s is stale or missing; run: go run ./cmd/mcpsafe rules docs docs/rules", name)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	sort.Strings(files)
	for _, f := range files {
		if _, ok := pages[filepath.Base(f)]; !ok {
			t.Errorf("docs/rules/%s has no rule; run: go run ./cmd/mcpsafe rules docs docs/rules", filepath.Base(f))
		}
	}
}
