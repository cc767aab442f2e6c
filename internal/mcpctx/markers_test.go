package mcpctx

import (
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Every module a marker pattern matches spells one of the language's
// marker literals, so a file without any cannot be MCP context.
func TestMarkerLiterals(t *testing.T) {
	for code, markers := range fileMarkers {
		lits := MarkerLiterals(code)
		if len(lits) == 0 {
			t.Fatalf("%s: no literals", code)
		}
		for _, l := range lits {
			if l == "" {
				t.Fatalf("%s: an empty literal (a marker pattern with a wildcard) would say nothing", code)
			}
		}
		for _, m := range markers {
			module := strings.NewReplacer("/...", "/sub", ".*", ".sub", "/*", "/sub").Replace(m)
			if !lang.MatchModule(m, module) {
				t.Fatalf("%s: test module %q does not match %q", code, module, m)
			}
			found := false
			for _, l := range lits {
				if strings.Contains(module, l) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: module %q (pattern %q) holds none of %q", code, module, m, lits)
			}
		}
	}
	if got := MarkerLiterals("py"); len(got) != 1 || got[0] != "mcp" {
		t.Errorf("py literals = %q, want just mcp (every Python marker holds it)", got)
	}
	// Every language's literals are covered by the ones for any language.
	anyLits := AnyMarkerLiterals()
	for code := range fileMarkers {
		for _, l := range MarkerLiterals(code) {
			covered := false
			for _, a := range anyLits {
				covered = covered || strings.Contains(l, a)
			}
			if !covered {
				t.Errorf("%s literal %q holds none of %q", code, l, anyLits)
			}
		}
	}
}
