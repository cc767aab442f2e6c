package deps

import "testing"

func TestDamerauLevenshtein(t *testing.T) {
	cases := []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"mcp", "mcp", 0},
		{"fastmcp", "fastmpc", 1}, // transposition
		{"ca", "abc", 2},          // unrestricted DL (OSA would say 3)
		{"kitten", "sitting", 3}, {"mcp-remote", "mcp-remoet", 1}, {"mcp-remote", "mpc-remtoe", 2},
		{"modelcontextprotocol", "modelcontextprotocoi", 1},
		{"héllo", "hello", 1}, // runes, not bytes
	}
	for _, c := range cases {
		if got := DamerauLevenshtein(c.a, c.b); got != c.d {
			t.Errorf("DL(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
		if got := DamerauLevenshtein(c.b, c.a); got != c.d {
			t.Errorf("DL(%q, %q) = %d, want %d (symmetry)", c.b, c.a, got, c.d)
		}
	}
}

func TestKnownGoodLoads(t *testing.T) {
	kg, err := LoadKnownGood()
	if err != nil {
		t.Fatal(err)
	}
	for eco, names := range map[string][]string{NPM: kg.NPM, PyPI: kg.PyPI, Go: kg.Go} {
		if len(names) < 5 {
			t.Errorf("%s: only %d names", eco, len(names))
		}
		seen := map[string]bool{}
		for _, n := range names {
			nn := normalizeName(eco, n)
			if seen[nn] {
				t.Errorf("%s: duplicate %q", eco, n)
			}
			seen[nn] = true
			// A known-good name must never be reported as imitating
			// another one.
			if target, _, ok := Typosquat(eco, n); ok {
				t.Errorf("%s: known-good %q flagged as imitating %q", eco, n, target)
			}
		}
	}
}

func TestTyposquat(t *testing.T) {
	cases := []struct {
		eco, name, target string
		dist              int
		ok                bool
	}{
		// Exact names and the official scope are never flagged.
		{NPM, "@modelcontextprotocol/sdk", "", 0, false},
		{NPM, "@modelcontextprotocol/server-not-in-list", "", 0, false},
		{NPM, "@ModelContextProtocol/sdk", "", 0, false},
		{PyPI, "MCP", "", 0, false},
		{PyPI, "Mcp_Server.Git", "", 0, false}, // PEP 503 spelling of a known name
		{Go, "github.com/mark3labs/mcp-go/v2", "", 0, false},
		// Scope squatting and homoglyphs.
		{NPM, "@modelcontextprotocoI/sdk", "@modelcontextprotocol/sdk", 1, true},
		{NPM, "@model-context-protocol/sdk", "@modelcontextprotocol/sdk", 2, true},
		{NPM, "@modelcontextprotoco1/sdk", "@modelcontextprotocol/sdk", 1, true},
		{NPM, "@modelcontextprotocol-sdk/sdk", "", 0, false},
		{NPM, "mcp-rеmote", "mcp-remote", 1, true}, // Cyrillic е
		{PyPI, "mcр", "mcp", 1, true},              // Cyrillic р
		{PyPI, "rncp", "mcp", 2, true},             // rn looks like m
		// Separator swaps.
		{NPM, "mcp_remote", "mcp-remote", 1, true},
		{NPM, "mcp.remote", "mcp-remote", 1, true},
		{NPM, "figma_developer_mcp", "figma-developer-mcp", 2, true},
		// Edit distance, scaled by length.
		{NPM, "mcp-remot", "mcp-remote", 1, true},
		{NPM, "mcp-remoet", "mcp-remote", 1, true},
		{PyPI, "fastmpc", "fastmcp", 1, true},
		{PyPI, "fastmcpp", "fastmcp", 1, true},
		{PyPI, "mcp-server-gti", "mcp-server-git", 1, true},
		{Go, "github.com/mark3lab/mcp-go", "github.com/mark3labs/mcp-go", 1, true},
		{Go, "github.com/modelcontextprotocol/go-sdk-fork", "", 0, false}, // official scope
		// Short names only match confusables; legitimate neighbours stay quiet.
		{PyPI, "mcpx", "", 0, false},
		{PyPI, "mpc", "", 0, false},
		{NPM, "tmcp2", "", 0, false},
		{NPM, "express", "", 0, false},
		{PyPI, "fastmcp-slim-extra", "", 0, false},
		{PyPI, "requests", "", 0, false},
		{"maven", "mcp", "", 0, false},
		{NPM, "", "", 0, false},
	}
	for _, c := range cases {
		target, dist, ok := Typosquat(c.eco, c.name)
		if ok != c.ok || target != c.target || (ok && dist != c.dist) {
			t.Errorf("Typosquat(%s, %q) = %q, %d, %v; want %q, %d, %v", c.eco, c.name, target, dist, ok, c.target, c.dist, c.ok)
		}
	}
}

func FuzzTyposquat(f *testing.F) {
	for _, s := range []string{"mcp-remote", "@modelcontextprotocoI/sdk", "mcр", "", "github.com/a/b/v2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, eco := range []string{NPM, PyPI, Go} {
			if target, _, ok := Typosquat(eco, name); ok && normalizeName(eco, target) == normalizeName(eco, name) {
				t.Fatalf("%q flagged as imitating itself", name)
			}
		}
	})
}
