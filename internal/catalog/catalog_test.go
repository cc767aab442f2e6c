package catalog

import (
	"strings"
	"testing"
	"testing/fstest"
)

const valid = `id: X-1
name: x-rule
title: X
severity: high
cwe: CWE-1
category: SI
scan_type: fast
languages: [py]
gate: mcp-file
message: m
what: w
why_mcp: y
vulnerable_example: {py: "x"}
secure_example: {py: "x"}
detection: d
patterns:
  - languages: [py]
    query: "(call) @c"
    report: c
`

func load(t *testing.T, files map[string]string) error {
	t.Helper()
	fsys := fstest.MapFS{}
	for n, b := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(b)}
	}
	_, err := Load(fsys, ".", Options{})
	return err
}

func TestValidRule(t *testing.T) {
	fsys := fstest.MapFS{"rules/X-1.yaml": &fstest.MapFile{Data: []byte(valid)}}
	cat, err := Load(fsys, ".", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := cat.Lookup("x-1")
	if r == nil || r.Severity.String() != "HIGH" || r.CategoryName() != "Server Implementation" || r.Path != "rules/X-1.yaml" {
		t.Fatalf("lookup: %+v", r)
	}
	if fs, dir := cat.FixtureFS("X-1"); fs == nil || dir != "rules" {
		t.Errorf("fixture dir %q", dir)
	}
}

func TestRuleErrors(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		want  []string
	}{
		"unknown field":     {map[string]string{"X-1.yaml": valid + "colour: red\n"}, []string{"X-1.yaml", "unknown field colour"}},
		"missing fields":    {map[string]string{"X-1.yaml": strings.Replace(strings.Replace(valid, "title: X\n", "", 1), "what: w\n", "", 1)}, []string{`field "title": required`, `field "what": required`}},
		"bad severity":      {map[string]string{"X-1.yaml": strings.Replace(valid, "severity: high", "severity: severe", 1)}, []string{"unknown severity"}},
		"bad cwe":           {map[string]string{"X-1.yaml": strings.Replace(valid, "cwe: CWE-1", "cwe: 79", 1)}, []string{`field "cwe"`}},
		"bad category":      {map[string]string{"X-1.yaml": strings.Replace(valid, "category: SI", "category: XX", 1)}, []string{`field "category"`}},
		"bad gate":          {map[string]string{"X-1.yaml": strings.Replace(valid, "gate: mcp-file", "gate: mcp", 1)}, []string{`field "gate"`}},
		"bad language":      {map[string]string{"X-1.yaml": strings.Replace(valid, "languages: [py]\ngate", "languages: [py, rust]\ngate", 1)}, []string{`unknown language "rust"`}},
		"uncovered lang":    {map[string]string{"X-1.yaml": strings.Replace(valid, "languages: [py]\ngate", "languages: [py, go]\ngate", 1)}, []string{`no pattern covers language "go"`}},
		"example lang":      {map[string]string{"X-1.yaml": strings.Replace(valid, `secure_example: {py: "x"}`, `secure_example: {go: "x"}`, 1)}, []string{"not among the rule's languages"}},
		"file name":         {map[string]string{"Y-1.yaml": valid}, []string{"file name must be X-1.yaml"}},
		"duplicate":         {map[string]string{"X-1.yaml": valid, "dup/X-1.yaml": valid}, []string{"already defined"}},
		"two documents":     {map[string]string{"X-1.yaml": valid + "---\nid: X-2\n"}, []string{"one rule per file"}},
		"empty":             {map[string]string{"X-1.yaml": ""}, []string{"empty rule file"}},
		"bad regex":         {map[string]string{"X-1.yaml": valid + "    where:\n      - capture: c\n        matches: '('\n"}, []string{"patterns[0].where[0].matches", "invalid regular expression"}},
		"two tests":         {map[string]string{"X-1.yaml": valid + "    where:\n      - capture: c\n        matches: a\n        not_matches: b\n"}, []string{"exactly one test"}},
		"no test":           {map[string]string{"X-1.yaml": valid + "    where:\n      - capture: c\n"}, []string{"needs one test"}},
		"missing capture":   {map[string]string{"X-1.yaml": valid + "    where:\n      - matches: a\n"}, []string{"where[0].capture", "required by this test"}},
		"unknown supersede": {map[string]string{"X-1.yaml": valid + "supersedes: [X-9]\n"}, []string{"unknown rule X-9"}},
		"no rules":          {map[string]string{"README.md": "x"}, []string{"no rule files"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := load(t, c.files)
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
