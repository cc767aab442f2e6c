package advisory

import (
	"sort"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/deps"
	"github.com/mcpsafe/mcpsafe/internal/version"
)

func mustLoad(t *testing.T) *DB {
	t.Helper()
	db, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestDataConsistent checks every advisory of the bundled file: it parses
// (Load validates identifiers, enumerations, event order and the fixed
// field), and each bound behaves as OSV says: introduced and last_affected
// are affected, fixed is not.
func TestDataConsistent(t *testing.T) {
	db := mustLoad(t)
	if len(db.Advisories()) < 45 {
		t.Fatalf("only %d advisories", len(db.Advisories()))
	}
	for _, a := range db.Advisories() {
		for i := range a.Affected {
			aff := &a.Affected[i]
			s := version.For(aff.Package.Ecosystem)
			for _, r := range aff.Ranges {
				for _, e := range r.Events {
					check := func(v string, want bool) {
						pv, err := s.Parse(v)
						if err != nil {
							t.Errorf("%s: %v", a.ID, err)
							return
						}
						if got := aff.inAffected(s, pv); got != want {
							t.Errorf("%s %s: %s affected = %v, want %v", a.ID, aff.Package.Name, v, got, want)
						}
					}
					switch {
					case e.Introduced != "" && e.Introduced != "0":
						check(e.Introduced, true)
					case e.Fixed != "":
						check(e.Fixed, false)
					case e.LastAffected != "":
						check(e.LastAffected, true)
					}
				}
			}
			if f := aff.DatabaseSpecific.Fixed; f != FixedUnknown && f != FixedNone {
				fv, _ := s.Parse(f)
				if aff.inAffected(s, fv) {
					t.Errorf("%s: fixed %s is affected", a.ID, f)
				}
			}
			if a.DatabaseSpecific.Kind == KindMalicious && aff.DatabaseSpecific.Fixed != FixedNone {
				t.Errorf("%s: a malicious package has no fix", a.ID)
			}
		}
	}
}

// TestReferenceCoverage lists the advisories of the reference document's
// §4.1 and §4.2 in the npm, PyPI and Go ecosystems; each must be in the
// data, by ID or alias.
func TestReferenceCoverage(t *testing.T) {
	db := mustLoad(t)
	for _, id := range []string{
		"GHSA-w48q-cv73-mx4w", "GHSA-345p-7cg4-v4c7", "CVE-2026-0621", "CVE-2026-111770", "GHSA-9h52-p55h-vw2f",
		"GHSA-j975-95f5-7wqh", "GHSA-3qhf-m339-9g5v", "MCPSAFE-2025-0001", "GHSA-xw59-hvm2-8pj6", "GHSA-wvj2-96wp-fq3f",
		"GHSA-q382-vc8q-7jhj", "MCPSAFE-2025-0002", "GHSA-mxxr-jv3v-6pgc", "GHSA-rj5c-58rq-j5g5", "GHSA-rcfx-77hg-w2wv",
		"GHSA-5h2m-4q8j-pqpj", "GHSA-m8x7-r2rg-vh5g", "GHSA-rww4-4w9c-7733", "GHSA-vv7q-7jx5-f767", "GHSA-7xgj-8392-5q4r",
		"CVE-2025-6514", "CVE-2026-51996", "GHSA-7f8r-222p-6f5g", "GHSA-g9hg-qhmf-q45m", "GHSA-hc55-p739-j48w",
		"GHSA-q66q-fx2p-7w4m", "GHSA-53mr-w429-c597", "GHSA-7rgq-gccq-qphx", "GHSA-4gxg-m5jx-9j57", "GHSA-p9cv-8g75-4xcg",
		"GHSA-7m4x-rv66-mxhh", "CVE-2025-68143", "GHSA-9xwc-hfwc-8w59", "CVE-2025-68145", "GHSA-vjqx-cfc4-9h6v",
		"GHSA-h2g3-rwxm-xfm3", "GHSA-87qg-cmw8-jc5m", "MCPSAFE-2026-0001", "GHSA-3q26-f695-pp76", "GHSA-3ch2-jxxc-v4xf",
		"GHSA-gxw4-4fc5-9gr5", "GHSA-gjv4-ghm7-q58q", "GHSA-wmg3-h8mf-wgvr", "CVE-2025-59377", "CVE-2025-69902",
		"GHSA-46gc-mwh4-cc5r", "CVE-2025-11202", "CVE-2025-5276", "CVE-2025-5273", "CVE-2025-65513", "CVE-2026-0755",
		"GHSA-pf93-j98v-25pv", "CVE-2026-55580", "MCPSAFE-2025-0003",
	} {
		if db.Get(id) == nil {
			t.Errorf("%s missing", id)
		}
	}
}

type edge struct {
	dep   deps.Dependency
	want  []string // "ID kind" where kind is D (definite), P (possible), PF (possible, admits fixed), PU (range unknown), PR (replaced)
	label string
}

func npmDep(name, v, c string) deps.Dependency {
	return deps.Dependency{Ecosystem: deps.NPM, Name: name, Version: v, Constraint: c}
}
func pyDep(name, v, c string) deps.Dependency {
	return deps.Dependency{Ecosystem: deps.PyPI, Name: name, Version: v, Constraint: c}
}
func goDep(name, v string) deps.Dependency {
	return deps.Dependency{Ecosystem: deps.Go, Name: name, Version: v}
}

func describeMatches(ms []Match) []string {
	var out []string
	for _, m := range ms {
		k := "D"
		switch {
		case m.RangeUnknown:
			k = "PU"
		case m.Replaced:
			k = "PR"
		case m.Possible && m.AdmitsFixed:
			k = "PF"
		case m.Possible:
			k = "P"
		}
		out = append(out, m.Advisory.ID+" "+k)
	}
	sort.Strings(out)
	return out
}

func TestMatchEdges(t *testing.T) {
	db := mustLoad(t)
	const (
		sdk   = "@modelcontextprotocol/sdk"
		fs    = "@modelcontextprotocol/server-filesystem"
		goSDK = "github.com/modelcontextprotocol/go-sdk"
	)
	cases := []edge{
		// npm: around introduced, fixed and last_affected, with prereleases.
		{npmDep(sdk, "1.9.9", ""), []string{"GHSA-8r9q-7v3j-jr4g D", "GHSA-w48q-cv73-mx4w D"}, "below 345p's introduced"},
		{npmDep(sdk, "1.10.0-rc.1", ""), []string{"GHSA-8r9q-7v3j-jr4g D", "GHSA-w48q-cv73-mx4w D"}, "prerelease of introduced sorts below it"},
		{npmDep(sdk, "1.10.0", ""), []string{"GHSA-345p-7cg4-v4c7 D", "GHSA-8r9q-7v3j-jr4g D", "GHSA-w48q-cv73-mx4w D"}, "at introduced"},
		{npmDep(sdk, "1.24.0-beta.1", ""), []string{"GHSA-345p-7cg4-v4c7 D", "GHSA-8r9q-7v3j-jr4g D", "GHSA-w48q-cv73-mx4w D"}, "prerelease of the fix is affected"},
		{npmDep(sdk, "1.24.0", ""), []string{"GHSA-345p-7cg4-v4c7 D", "GHSA-8r9q-7v3j-jr4g D"}, "at fixed"},
		{npmDep(sdk, "1.25.2", ""), []string{"GHSA-345p-7cg4-v4c7 D"}, "at 8r9q's fix"},
		{npmDep(sdk, "1.25.3", ""), []string{"GHSA-345p-7cg4-v4c7 D"}, "at last_affected"},
		{npmDep(sdk, "1.25.4", ""), nil, "above last_affected"},
		{npmDep(sdk, "1.25.3+build.7", ""), []string{"GHSA-345p-7cg4-v4c7 D"}, "build metadata ignored"},
		{npmDep(sdk, "", "^1.20.0"), []string{"GHSA-345p-7cg4-v4c7 PF", "GHSA-8r9q-7v3j-jr4g PF", "GHSA-w48q-cv73-mx4w PF"}, "caret admits the fixes"},
		{npmDep(sdk, "", "~1.23.0"), []string{"GHSA-345p-7cg4-v4c7 P", "GHSA-8r9q-7v3j-jr4g P", "GHSA-w48q-cv73-mx4w P"}, "tilde caps below the fixes"},
		{npmDep(sdk, "", ">=1.24.0 <1.25.0"), []string{"GHSA-345p-7cg4-v4c7 P", "GHSA-8r9q-7v3j-jr4g P"}, "capped inside 345p"},
		{npmDep(sdk, "", "^1.26.0"), nil, "caret above every fix"},
		{npmDep(sdk, "", "1.23.0"), []string{"GHSA-345p-7cg4-v4c7 D", "GHSA-8r9q-7v3j-jr4g D", "GHSA-w48q-cv73-mx4w D"}, "an exact declaration is definite"},
		{npmDep(sdk, "", "latest"), []string{"GHSA-345p-7cg4-v4c7 PF", "GHSA-8r9q-7v3j-jr4g PF", "GHSA-w48q-cv73-mx4w PF"}, "latest is any version"},
		{npmDep(sdk, "", "next"), nil, "other dist-tags are unknown"},
		{npmDep(sdk, "", ">=1.26.0-rc.1 <1.26.0"), nil, "only prereleases of 1.26.0, above 1.25.3"},
		{deps.Dependency{Ecosystem: deps.NPM, Name: sdk, Source: "github:acme/sdk"}, nil, "git sources have no version"},
		{npmDep("@ModelContextProtocol/SDK", "1.25.4", ""), nil, "case-insensitive name, unaffected"},
		// npm date versions of the filesystem server.
		{npmDep(fs, "2025.3.28", ""), []string{"GHSA-53mr-w429-c597 D", "GHSA-hc55-p739-j48w D", "GHSA-p9cv-8g75-4xcg D", "GHSA-q66q-fx2p-7w4m D"}, "date version before the 2025.7.1 fix"},
		{npmDep(fs, "2025.7.1", ""), []string{"GHSA-53mr-w429-c597 D", "GHSA-p9cv-8g75-4xcg D"}, "date fix"},
		{npmDep(fs, "2.0.1", ""), []string{"GHSA-p9cv-8g75-4xcg D"}, "semver fix sorts below the dates"},
		{npmDep(fs, "0.6.2", ""), []string{"GHSA-hc55-p739-j48w D", "GHSA-p9cv-8g75-4xcg D", "GHSA-q66q-fx2p-7w4m D"}, "0.x line"},
		{npmDep(fs, "", "^2026.7.4"), []string{"GHSA-53mr-w429-c597 PF", "GHSA-p9cv-8g75-4xcg PF"}, "a later date release is outside the known affected bounds"},
		{npmDep(fs, "", "~2026.8.0"), []string{"GHSA-53mr-w429-c597 PF", "GHSA-p9cv-8g75-4xcg PF"}, "2026.8.32 would be unaffected by the data"},
		{npmDep(fs, "", ">=2026.1.0 <=2026.8.31"), []string{"GHSA-53mr-w429-c597 P", "GHSA-p9cv-8g75-4xcg P"}, "capped at last_affected"},
		{npmDep("mcp-remote", "0.0.4", ""), nil, "below introduced 0.0.5"},
		{npmDep("mcp-remote", "0.0.5-0", ""), nil, "prerelease below introduced"},
		{npmDep("mcp-remote", "0.1.15", ""), []string{"CVE-2025-6514 D"}, "last version before the fix"},
		{npmDep("mcp-remote", "0.1.16", ""), []string{"CVE-2026-51996 D"}, "fix of one, introduction of the next"},
		{npmDep("mcp-remote", "0.1.39", ""), nil, "above last_affected with an unknown fix"},
		{npmDep("mcp-remote", "", "^0.1.10"), []string{"CVE-2025-6514 PF", "CVE-2026-51996 PF"}, "each advisory on its own: 0.1.39 is unaffected by both"},
		{npmDep("mcp-remote", "", ">=0.1.10 <0.1.30"), []string{"CVE-2025-6514 PF", "CVE-2026-51996 P"}, "capped inside 51996"},
		{npmDep("postmark-mcp", "1.0.15", ""), nil, "clean version"},
		{npmDep("postmark-mcp", "1.0.16", ""), []string{"MCPSAFE-2025-0003 D"}, "malicious"},
		{npmDep("postmark-mcp", "", "^1.0.0"), []string{"MCPSAFE-2025-0003 P"}, "no fix: never admits fixed"},
		{npmDep("gemini-mcp-tool", "1.1.8", ""), []string{"CVE-2026-0755 PU"}, "unknown affected range"},
		// PyPI: prereleases, post releases, locals, epochs, normalisation.
		{pyDep("mcp", "1.22.0", ""), []string{"GHSA-9h52-p55h-vw2f D"}, "below fix"},
		{pyDep("mcp", "1.23.0rc1", ""), []string{"GHSA-9h52-p55h-vw2f D"}, "prerelease of the fix"},
		{pyDep("mcp", "1.23.0.dev0", ""), []string{"GHSA-9h52-p55h-vw2f D"}, "dev release of the fix"},
		{pyDep("mcp", "1.23", ""), nil, "1.23 == 1.23.0"},
		{pyDep("mcp", "1.22.0.post1", ""), []string{"GHSA-9h52-p55h-vw2f D"}, "post release below the fix"},
		{pyDep("mcp", "1.22.0+ubuntu1", ""), []string{"GHSA-9h52-p55h-vw2f D"}, "local version"},
		{pyDep("mcp", "1!0.1", ""), nil, "epoch 1 sorts above all epoch-0 versions"},
		{pyDep("mcp", "1.9.0", ""), []string{"GHSA-3qhf-m339-9g5v D", "GHSA-9h52-p55h-vw2f D", "GHSA-j975-95f5-7wqh D", "MCPSAFE-2025-0001 D"}, "old"},
		{pyDep("mcp", "1.9.1", ""), []string{"GHSA-3qhf-m339-9g5v D", "GHSA-9h52-p55h-vw2f D", "GHSA-j975-95f5-7wqh D"}, "at the bind-all fix"},
		{pyDep("MCP", "", ">=1.0,<1.23"), []string{"GHSA-3qhf-m339-9g5v PF", "GHSA-9h52-p55h-vw2f P", "GHSA-j975-95f5-7wqh PF", "MCPSAFE-2025-0001 PF"}, "capped below the fix"},
		{pyDep("mcp", "", "~=1.22"), []string{"GHSA-9h52-p55h-vw2f PF"}, "compatible release admits 1.23"},
		{pyDep("mcp", "", "==1.22.*"), []string{"GHSA-9h52-p55h-vw2f P"}, "prefix match"},
		{pyDep("mcp", "", ">=1.23"), nil, "floor at the fix"},
		{pyDep("mcp", "", "==1.22.0"), []string{"GHSA-9h52-p55h-vw2f D"}, "exact pin"},
		{pyDep("mcp", "", ""), []string{"GHSA-3qhf-m339-9g5v PF", "GHSA-9h52-p55h-vw2f PF", "GHSA-j975-95f5-7wqh PF", "MCPSAFE-2025-0001 PF"}, "no specifier"},
		{pyDep("mcp", "", "^1.22"), []string{"GHSA-9h52-p55h-vw2f PF"}, "Poetry caret"},
		{pyDep("mcp-server-git", "2025.12.17", ""), []string{"GHSA-9xwc-hfwc-8w59 D", "CVE-2025-68145 D", "GHSA-vjqx-cfc4-9h6v D", "GHSA-h2g3-rwxm-xfm3 D"}, "date versions"},
		{pyDep("mcp_server.git", "2026.11.11", ""), []string{"GHSA-h2g3-rwxm-xfm3 D"}, "last_affected, PEP 503 name"},
		{pyDep("mcp-server-git", "2026.11.18", ""), nil, "fixed"},
		{pyDep("kubectl-mcp-tool", "1.2.0", ""), []string{"CVE-2025-69902 D"}, "listed version"},
		{pyDep("kubectl-mcp-tool", "1.2.1", ""), nil, "not listed"},
		{pyDep("kubectl-mcp-tool", "", ">=1.0"), []string{"CVE-2025-69902 PF"}, "range around a listed version"},
		{pyDep("fastmcp", "3.1.9", ""), []string{"GHSA-7xgj-8392-5q4r D", "GHSA-m8x7-r2rg-vh5g D", "GHSA-rww4-4w9c-7733 D", "GHSA-vv7q-7jx5-f767 D"}, "fastmcp 3.1"},
		// Go: pseudo-versions and +incompatible.
		{goDep(goSDK, "v1.3.0"), []string{"GHSA-89xv-2j6f-qhc8 D", "GHSA-q382-vc8q-7jhj D", "GHSA-wvj2-96wp-fq3f D", "GHSA-xw59-hvm2-8pj6 D"}, "below all"},
		{goDep(goSDK, "v1.3.1"), []string{"GHSA-89xv-2j6f-qhc8 D", "GHSA-q382-vc8q-7jhj D", "GHSA-xw59-hvm2-8pj6 D"}, "at wvj2's fix"},
		{goDep(goSDK, "v1.4.0"), []string{"GHSA-89xv-2j6f-qhc8 D", "GHSA-q382-vc8q-7jhj D"}, "at xw59's fix"},
		{goDep(goSDK, "v1.4.1-0.20260301000000-abcdef123456"), []string{"GHSA-89xv-2j6f-qhc8 D", "GHSA-q382-vc8q-7jhj D"}, "pseudo-version before v1.4.1"},
		{goDep(goSDK, "v1.4.1"), nil, "fixed"},
		{goDep(goSDK, "v0.0.0-20250101000000-abcdefabcdef"), []string{"GHSA-89xv-2j6f-qhc8 D", "GHSA-q382-vc8q-7jhj D", "GHSA-wvj2-96wp-fq3f D", "GHSA-xw59-hvm2-8pj6 D"}, "untagged pseudo-version"},
		{goDep("github.com/mark3labs/mcp-go", "v0.55.0"), []string{"MCPSAFE-2025-0002 D"}, "insecure default"},
		{goDep("github.com/mark3labs/mcp-go", "v0.56.0"), nil, "fixed"},
		{goDep("github.com/docker/mcp-gateway", "v0.27.0"), []string{"GHSA-46gc-mwh4-cc5r D", "GHSA-r2xf-7jw5-pjg6 D"}, "gateway"},
		{goDep("github.com/docker/mcp-gateway", "v0.20.9"), []string{"GHSA-46gc-mwh4-cc5r D"}, "below r2xf's introduced"},
		{deps.Dependency{Ecosystem: deps.Go, Name: "github.com/docker/mcp-gateway", Version: "v0.27.0", Replace: "../mcp-gateway"},
			[]string{"GHSA-46gc-mwh4-cc5r PR", "GHSA-r2xf-7jw5-pjg6 PR"}, "replaced module"},
		{goDep("github.com/unrelated/mod", "v1.0.0"), nil, "no advisory"},
	}
	for _, c := range cases {
		got := describeMatches(db.Match(c.dep))
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s (%s %s %q %q):\n got %v\nwant %v", c.label, c.dep.Ecosystem, c.dep.Name, c.dep.Version, c.dep.Constraint, got, want)
		}
	}
}

func TestMatchIncompatible(t *testing.T) {
	db, err := Parse([]byte(`
advisories:
- id: GO-2099-0001
  summary: test
  affected:
  - package: {ecosystem: Go, name: example.com/old}
    ranges:
    - type: SEMVER
      events: [{introduced: "2.0.0"}, {fixed: "2.3.0"}]
    database_specific: {fixed: "2.3.0"}
  references: [{type: WEB, url: "https://example.com"}]
  database_specific: {severity: HIGH, kind: vulnerability, confidence: S}
`))
	if err != nil {
		t.Fatal(err)
	}
	for v, want := range map[string]bool{"v2.1.0+incompatible": true, "v2.3.0+incompatible": false, "v1.9.0": false, "v2.0.0+incompatible": true} {
		if got := len(db.Match(goDep("example.com/old", v))) == 1; got != want {
			t.Errorf("%s affected = %v", v, got)
		}
	}
}

func TestParseRejects(t *testing.T) {
	base := func(body string) string {
		return "advisories:\n- id: GHSA-aaaa-bbbb-cccc\n  summary: s\n  references: [{type: WEB, url: \"https://x\"}]\n" +
			"  database_specific: {severity: HIGH, kind: vulnerability, confidence: S}\n" + body
	}
	cases := map[string]string{
		"unknown field": base("  affected: [{package: {ecosystem: npm, name: a}, database_specific: {fixed: unknown}}]\n  typo: 1\n"),
		"bad ecosystem": base("  affected: [{package: {ecosystem: Maven, name: a}, database_specific: {fixed: unknown}}]\n"),
		"bad version":   base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"0\"}, {fixed: \"1.2\"}]}], database_specific: {fixed: unknown}}]\n"),
		"empty range":   base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"2.0.0\"}, {fixed: \"1.0.0\"}]}], database_specific: {fixed: \"1.0.0\"}}]\n"),
		"fixed differs": base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"0\"}, {fixed: \"1.0.0\"}]}], database_specific: {fixed: \"1.1.0\"}}]\n"),
		"fixed missing": base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"0\"}, {fixed: \"1.0.0\"}]}]}]\n"),
		"wrong type":    base("  affected: [{package: {ecosystem: PyPI, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"0\"}]}], database_specific: {fixed: unknown}}]\n"),
		"two fields":    base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{introduced: \"0\", fixed: \"1.0.0\"}]}], database_specific: {fixed: \"1.0.0\"}}]\n"),
		"end first":     base("  affected: [{package: {ecosystem: npm, name: a}, ranges: [{type: SEMVER, events: [{fixed: \"1.0.0\"}]}], database_specific: {fixed: \"1.0.0\"}}]\n"),
	}
	for label, data := range cases {
		if _, err := Parse([]byte(data)); err == nil {
			t.Errorf("%s: accepted", label)
		}
	}
	if _, err := Parse([]byte("advisories:\n- id: bad id\n")); err == nil {
		t.Error("malformed id accepted")
	}
}
