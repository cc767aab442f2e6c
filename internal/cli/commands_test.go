package cli

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	py := filepath.Join(serversDir, "python-fastmcp")
	cases := []struct {
		name string
		args []string
		want int
		// errContains is checked against stderr.
		errContains string
	}{
		{"findings at the default threshold", []string{"scan", py}, ExitFindings, ""},
		{"threshold above every finding", []string{"scan", py, "--rule", "MCP-279", "--fail-on", "critical"}, ExitOK, ""},
		{"threshold none", []string{"scan", py, "--fail-on", "none"}, ExitOK, ""},
		{"lower-case threshold", []string{"scan", py, "--fail-on", "medium"}, ExitFindings, ""},
		{"not MCP code", []string{"scan", filepath.Join(serversDir, "not-mcp")}, ExitOK, ""},
		{"missing target", []string{"scan", "/no/such/folder"}, ExitError, "does not exist"},
		{"bad format", []string{"scan", py, "--format", "xml"}, ExitError, "want text, json or sarif"},
		{"bad threshold", []string{"scan", py, "--fail-on", "severe"}, ExitError, "--fail-on"},
		{"bad size", []string{"scan", py, "--max-file-size", "lots"}, ExitError, "--max-file-size"},
		{"unknown flag", []string{"scan", py, "--frobnicate"}, ExitError, "unknown flag"},
		{"several targets", []string{"scan", py, filepath.Join(serversDir, "not-mcp")}, ExitFindings, ""},
		{"one bad target among good ones", []string{"scan", filepath.Join(serversDir, "not-mcp"), "/no/such/dir"}, ExitError, "/no/such/dir"},
		{"no-cache with offline", []string{"scan", py, "--no-cache", "--offline"}, ExitError, "exclude each other"},
		{"unknown rule", []string{"scan", py, "--rule", "MCP-9999"}, ExitError, "no such rule"},
		{"unknown command", []string{"scna"}, ExitError, "unknown command"},
		{"deep mode", []string{"scan", py, "--mode", "deep"}, ExitFindings, ""},
		{"bad mode", []string{"scan", py, "--mode", "thorough"}, ExitError, "want fast or deep"},
		{"single file", []string{"scan", filepath.Join(py, "src/crm_mcp/upstream.py")}, ExitFindings, ""},
		{"skip the only rule", []string{"scan", filepath.Join(py, "src/crm_mcp/upstream.py"), "--skip-rule", "MCP-279"}, ExitOK, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code != c.want {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, c.want, stderr)
			}
			if c.errContains != "" && !strings.Contains(stderr, c.errContains) {
				t.Errorf("stderr %q does not contain %q", stderr, c.errContains)
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	code, stdout, _ := runCLI(t, "scan", filepath.Join(serversDir, "go-sdk"), "--format", "json", "--output", out)
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	if stdout != "" {
		t.Errorf("stdout should be empty with --output, got %q", stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("report file is not JSON: %v", err)
	}
}

func TestExcludeAndIncludeTests(t *testing.T) {
	py := filepath.Join(serversDir, "python-fastmcp")
	_, out, _ := runCLI(t, "scan", py, "--format", "json", "--include-tests")
	if !strings.Contains(out, `"file": "tests/test_upstream.py"`) {
		t.Errorf("--include-tests did not scan tests/: %s", out)
	}
	_, out, _ = runCLI(t, "scan", py, "--format", "json", "--exclude", "legacy.py")
	if strings.Contains(out, "legacy.py") {
		t.Errorf("--exclude legacy.py still reports it")
	}
}

func TestRulesList(t *testing.T) {
	code, out, _ := runCLI(t, "rules", "list")
	if code != 0 || !strings.Contains(out, "MCP-279") || !strings.Contains(out, "OAuth Token Request Missing Resource Indicator") {
		t.Fatalf("rules list: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "rules", "list", "--format", "json")
	var rules []ruleSummary
	if code != 0 || json.Unmarshal([]byte(out), &rules) != nil || len(rules) == 0 {
		t.Fatalf("rules list --format json: exit %d\n%s", code, out)
	}
	for _, r := range rules {
		if r.ID == "MCP-279" && (r.Severity != "HIGH" || r.CWE != "CWE-345" || r.Category != "CE" || r.ScanType != "fast") {
			t.Errorf("MCP-279 metadata: %+v", r)
		}
	}
}

func TestRulesShowEveryField(t *testing.T) {
	code, out, _ := runCLI(t, "rules", "show", "mcp-279")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"MCP-279  OAuth Token Request Missing Resource Indicator",
		"Severity:   HIGH", "CWE:        CWE-345", "Category:   Configuration & Environment (CE)", "Scan type:  fast",
		"What it is", "Why it matters for MCP", "Vulnerable example", "Secure example",
		"How it is detected, and its limits", "References", "rfc8707",
		"oauth.fetch_token(TOKEN_URL, code=code, code_verifier=verifier)", "nosem: MCP-279",
		"known false positive",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rules show MCP-279 lacks %q", want)
		}
	}
	if strings.Contains(out, "ruleid:") {
		t.Errorf("fixture annotations leak into the documentation")
	}
	code, _, stderr := runCLI(t, "rules", "show", "MCP-000")
	if code != ExitError || !strings.Contains(stderr, "no rule MCP-000") {
		t.Errorf("unknown rule: exit %d, %s", code, stderr)
	}
}

// The whole built-in catalog is tested by go test ./rules; here the
// command's built-in path runs on two rules, one of them a taint rule.
func TestRulesTestBuiltin(t *testing.T) {
	code, out, _ := runCLI(t, "rules", "test", "--rule", "MCP-003", "--rule", "mcp-500")
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "2 rules,") || !strings.HasSuffix(strings.TrimSpace(out), "ok") {
		t.Fatalf("rules test --rule: exit %d\n%s", code, out)
	}
	code, _, errOut := runCLI(t, "rules", "test", "--rule", "MCP-999")
	if code != ExitError || !strings.Contains(errOut, "MCP-999: no such rule") {
		t.Errorf("unknown --rule: exit %d, stderr %q", code, errOut)
	}
}

// userRule writes a rule and fixtures into a temp folder.
func userRule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const userRuleYAML = `id: ACME-001
name: acme-eval
title: eval in an MCP server
severity: CRITICAL
cwe: CWE-94
category: SI
scan_type: fast
languages: [py]
gate: mcp-file
message: eval of {{arg}}
what: eval runs code.
why_mcp: tool arguments are attacker-controlled.
vulnerable_example:
  py: |
    from mcp.server.fastmcp import FastMCP
    # ruleid: ACME-001
    eval(x)
secure_example:
  py: |
    from mcp.server.fastmcp import FastMCP
    # ok: ACME-001
    print(x)
detection: calls of the builtin eval.
keywords: [eval]
patterns:
  - languages: [py]
    query: |
      ((call function: (identifier) @fn arguments: (argument_list . (_) @arg)) @call
       (#eq? @fn "eval"))
    report: call
`

func TestUserRules(t *testing.T) {
	good := userRule(t, map[string]string{
		"ACME-001.yaml": userRuleYAML,
		"ACME-001.py":   "from mcp.server.fastmcp import FastMCP\n# ruleid: ACME-001\neval(user_input)\n# ok: ACME-001\nliteral_eval(user_input)\n",
	})
	code, out, errOut := runCLI(t, "rules", "test", good)
	if code != 0 {
		t.Fatalf("rules test on a good rule: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCLI(t, "scan", good, "--rules", good, "--rule", "ACME-001", "--format", "json")
	if code != ExitFindings || !strings.Contains(out, `"message": "eval of user_input"`) {
		t.Errorf("scan with --rules: exit %d\n%s", code, out)
	}

	// A fixture whose annotation is on the wrong line fails, naming the line.
	bad := userRule(t, map[string]string{
		"ACME-001.yaml": userRuleYAML,
		"ACME-001.py":   "from mcp.server.fastmcp import FastMCP\n# ruleid: ACME-001\nprint(1)\neval(user_input)\n# ok: ACME-001\nprint(2)\n",
	})
	code, out, _ = runCLI(t, "rules", "test", bad)
	if code != ExitFindings || !strings.Contains(out, "ACME-001.py:3: ACME-001: must be reported") || !strings.Contains(out, "ACME-001.py:4: ACME-001: reported but not expected") {
		t.Errorf("misplaced annotation not caught: exit %d\n%s", code, out)
	}

	// A rule without fixtures fails.
	none := userRule(t, map[string]string{"ACME-001.yaml": userRuleYAML})
	code, out, _ = runCLI(t, "rules", "test", none)
	if code != ExitFindings || !strings.Contains(out, "no fixture for language py") {
		t.Errorf("missing fixture not caught: exit %d\n%s", code, out)
	}
}

func TestUserRuleValidationNamesFileAndField(t *testing.T) {
	cases := map[string]struct{ yaml, want string }{
		"unknown field":    {strings.Replace(userRuleYAML, "severity: CRITICAL", "severity: CRITICAL\nseverety: HIGH", 1), `unknown field severety`},
		"missing required": {strings.Replace(userRuleYAML, "cwe: CWE-94\n", "", 1), `field "cwe": required`},
		"bad query":        {strings.Replace(userRuleYAML, "(identifier) @fn", "(identifer) @fn", 1), `field "patterns[0].query": does not compile for py`},
		"unknown capture":  {strings.Replace(userRuleYAML, "report: call", "report: cal", 1), `capture @cal is not defined`},
		"bad predicate":    {strings.Replace(userRuleYAML, `#eq? @fn "eval"`, `#equals? @fn "eval"`, 1), `unsupported predicate`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := userRule(t, map[string]string{"ACME-001.yaml": c.yaml})
			code, _, stderr := runCLI(t, "rules", "list", "--rules", dir)
			if code != ExitError {
				t.Fatalf("exit %d, want %d", code, ExitError)
			}
			if !strings.Contains(stderr, "ACME-001.yaml") || !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q should name the file and contain %q", stderr, c.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "mcpsafe ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestHelpIsUseful(t *testing.T) {
	code, out, _ := runCLI(t, "scan", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"--format", "--fail-on", "--output", "--include-tests", "--exclude", "--max-file-size", "nosem", "Exit codes"} {
		if !strings.Contains(out, want) {
			t.Errorf("scan --help lacks %q", want)
		}
	}
}

// TestDeterministicAcrossWorkerCounts scans the same target with one and
// with many workers: the reports must be identical.
func TestDeterministicAcrossWorkerCounts(t *testing.T) {
	var reports []string
	for _, jobs := range []string{"1", "2", "8"} {
		for _, dir := range []string{"python-fastmcp", "typescript", "go-sdk"} {
			_, out, _ := runCLI(t, "scan", filepath.Join(serversDir, dir), "--format", "json", "--jobs", jobs)
			reports = append(reports, normalize(out))
		}
	}
	for i := 3; i < len(reports); i++ {
		if reports[i] != reports[i%3] {
			t.Errorf("report %d differs between worker counts", i)
		}
	}
}

// TestSeveralTargets scans two targets in one run: one report per target,
// as a JSON results array, SARIF runs, or text sections.
func TestSeveralTargets(t *testing.T) {
	a, b := filepath.Join(serversDir, "go-sdk"), filepath.Join(serversDir, "not-mcp")
	_, out, _ := runCLI(t, "scan", a, b, "--format", "json")
	var multi struct {
		Results []struct {
			Target struct {
				Kind, Ref string
			} `json:"target"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &multi); err != nil || len(multi.Results) != 2 ||
		multi.Results[0].Target.Ref != a || multi.Results[1].Target.Ref != b {
		t.Fatalf("multi JSON: %v\n%s", err, out)
	}
	validate(t, compileSchema(t, "../../docs/report.schema.json"), "multi", out)
	_, out, _ = runCLI(t, "scan", a, b, "--format", "sarif")
	validate(t, compileSchema(t, "../../testdata/schemas/sarif-schema-2.1.0.json"), "multi sarif", out)
	if strings.Count(out, `"driver"`) != 2 {
		t.Errorf("want two SARIF runs")
	}
	_, out, _ = runCLI(t, "scan", a, b, "--no-color")
	if !strings.Contains(out, "== "+a) || !strings.Contains(out, "== "+b) {
		t.Errorf("text report lacks per-target headers:\n%s", out)
	}
	// --targets-from reads the same list.
	list := filepath.Join(t.TempDir(), "targets.txt")
	if err := os.WriteFile(list, []byte("# servers\n"+a+"\n\n"+b+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ = runCLI(t, "scan", "--targets-from", list, "--format", "json")
	if !strings.Contains(out, `"results"`) {
		t.Errorf("--targets-from did not scan both targets: %s", out)
	}
}

// TestArchiveTarget scans a .tgz archive of a server: extracted safely,
// reported with its kind and digest.
func TestArchiveTarget(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "server.tgz")
	writeTgz(t, archive, filepath.Join(serversDir, "go-sdk"))
	code, out, errOut := runCLI(t, "scan", archive, "--format", "json", "--cache-dir", filepath.Join(dir, "cache"))
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep struct {
		Target struct {
			Kind, Ref, Resolved, Digest string
		} `json:"target"`
		Findings []struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Target.Kind != "archive" || rep.Target.Ref != archive || rep.Target.Digest == "" {
		t.Errorf("target = %+v", rep.Target)
	}
	// The archive holds the folder: the same findings, at the same places.
	_, dirOut, _ := runCLI(t, "scan", filepath.Join(serversDir, "go-sdk"), "--format", "json")
	var fromDir struct {
		Findings []struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(dirOut), &fromDir); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 || fmt.Sprint(rep.Findings) != fmt.Sprint(fromDir.Findings) {
		t.Errorf("archive findings %+v, folder findings %+v", rep.Findings, fromDir.Findings)
	}
}

func writeTgz(t *testing.T, dst, srcDir string) {
	t.Helper()
	f, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	err = filepath.WalkDir(srcDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(srcDir, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := tw.WriteHeader(&tar.Header{Name: "package/" + filepath.ToSlash(rel), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		_, err = tw.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
}

// The parsed rule catalog is kept in the cache folder: the second scan
// reads it and reports the same; --no-cache neither reads nor writes it.
func TestRuleCacheInCacheDir(t *testing.T) {
	target := filepath.Join(serversDir, "go-sdk")
	cache := filepath.Join(t.TempDir(), "cache")
	var reports []string
	for range 2 {
		code, out, errOut := runCLI(t, "scan", target, "--format", "json", "--cache-dir", cache)
		if code != ExitFindings {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		reports = append(reports, normalize(out))
	}
	entries, _ := filepath.Glob(filepath.Join(cache, "rules", "*.bin"))
	if len(entries) != 1 {
		t.Fatalf("%d rule cache entries, want 1", len(entries))
	}
	if reports[0] != reports[1] {
		t.Error("the scan with the cached catalog reports differently")
	}
	empty := filepath.Join(t.TempDir(), "none")
	code, out, errOut := runCLI(t, "scan", target, "--format", "json", "--no-cache", "--cache-dir", empty)
	if code != ExitFindings {
		t.Fatalf("--no-cache: exit %d: %s", code, errOut)
	}
	if normalize(out) != reports[0] {
		t.Error("--no-cache reports differently")
	}
	if _, err := os.Stat(filepath.Join(empty, "rules")); !os.IsNotExist(err) {
		t.Errorf("--no-cache wrote the rule cache: %v", err)
	}
}
