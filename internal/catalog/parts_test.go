package catalog

import (
	"strings"
	"testing"
	"testing/fstest"
)

const configPart = `id: X-1
part: config
name: x-rule
title: X
severity: high
cwe: CWE-1
category: SI
scan_type: fast
languages: [config]
gate: mcp-file
message: config message
what: w2
why_mcp: y2
vulnerable_example: {config: "x"}
secure_example: {config: "x"}
detection: config detection
references: [https://example.com/config]
documents:
  - kinds: [client-config]
    select: 'servers.*.env.*'
    where:
      - matcher: literal
`

func TestRuleParts(t *testing.T) {
	fsys := fstest.MapFS{
		"a/X-1.yaml":                  {Data: []byte(valid)},
		"b/X-1.config.yaml":           {Data: []byte(configPart)},
		"a/X-1.py":                    {Data: []byte("# fixture")},
		"b/X-1.ci.fixture.yml":        {Data: []byte("# as: .github/workflows/ci.yml\non: push\n")},
		"b/X-1.locked/pnpm-lock.yaml": {Data: []byte("lockfileVersion: '9.0'\n")},
	}
	cat, err := Load(fsys, ".", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := cat.Lookup("X-1")
	if r == nil || strings.Join(r.Languages, ",") != "py,config" || r.Message != "m" || r.What != "w" {
		t.Fatalf("merged rule: %+v", r)
	}
	if len(r.Documents) != 1 || r.Documents[0].Message != "config message" || len(r.Patterns) != 1 || r.Patterns[0].Message != "" {
		t.Errorf("matchers: %+v %+v", r.Documents, r.Patterns)
	}
	if !strings.Contains(r.Detection, "config detection") || len(r.VulnerableExample) != 2 || len(r.References) != 1 {
		t.Errorf("docs: %q %v %v", r.Detection, r.VulnerableExample, r.References)
	}
	if dirs := cat.FixtureDirs("X-1"); len(dirs) != 2 {
		t.Errorf("fixture dirs %v", dirs)
	}
}

func TestRulePartErrors(t *testing.T) {
	cases := map[string]map[string]string{
		"share their header":                {"X-1.yaml": valid, "X-1.config.yaml": strings.Replace(configPart, "title: X", "title: Y", 1)},
		"file name must be X-1.config.yaml": {"X-1.yaml": valid, "X-1.other.yaml": configPart},
		"already given": {"X-1.yaml": valid, "X-1.config.yaml": strings.NewReplacer(
			"languages: [config]", "languages: [config, py]",
			"vulnerable_example: {config: \"x\"}", "vulnerable_example: {config: \"x\", py: \"y\"}",
			"documents:", "patterns:\n  - languages: [py]\n    query: \"(call) @c\"\n    report: c\ndocuments:").Replace(configPart)},
		"already defined": {"a/X-1.yaml": valid, "b/X-1.yaml": valid},
	}
	for want, files := range cases {
		err := load(t, files)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v", want, err)
		}
	}
}
