package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const multi = `{"schema_version":"1","results":[
 {"target":{"ref":"/c/npm/a@1.0.0"},"findings":[
   {"rule_id":"MCP-001","file":"x.js","line":3,"message":"m1"},
   {"rule_id":"MCP-001","file":"y.js","line":4,"message":"m2"},
   {"rule_id":"MCP-052","file":"y.js","line":9,"message":"m3"}]},
 {"target":{"ref":"/c/go/b@v2/"},"findings":[
   {"rule_id":"MCP-052","file":"main.go","line":1,"message":"m4"}]}]}`

const single = `{"schema_version":"1","target":{"ref":"/c/npm/a@1.0.0"},"findings":[
   {"rule_id":"MCP-001","file":"x.js","line":3,"message":"m1"},
   {"rule_id":"MCP-500","file":"z.js","line":2,"message":"m5"}]}`

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPerRuleBeforeAfter(t *testing.T) {
	after := write(t, "after.json", multi)
	before := write(t, "before.json", single)
	var out, errb bytes.Buffer
	if code := run([]string{"-before", before, after}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []*struct{ rule, before, after string }{
		{"MCP-001", "1", "2"}, {"MCP-052", "0", "2"}, {"MCP-500", "1", "0"}, {"total", "2", "4"},
	} {
		found := false
		for _, line := range strings.Split(got, "\n") {
			f := strings.Fields(line)
			if len(f) == 3 && f[0] == want.rule && f[1] == want.before && f[2] == want.after {
				found = true
			}
		}
		if !found {
			t.Errorf("no row %s %s → %s in\n%s", want.rule, want.before, want.after, got)
		}
	}
	if !strings.Contains(got, "a@1.0.0") || !strings.Contains(got, "MCP-001×2 MCP-052×1") {
		t.Errorf("per-target table missing a@1.0.0 with its rules:\n%s", got)
	}
	if !strings.Contains(got, "b@v2") {
		t.Errorf("trailing slash not trimmed from target ref:\n%s", got)
	}
}

func TestListOneRule(t *testing.T) {
	after := write(t, "after.json", multi)
	var out, errb bytes.Buffer
	if code := run([]string{"-list", "-rule", "MCP-052", after}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	if !strings.Contains(got, "y.js:9\tMCP-052\tm3") || !strings.Contains(got, "main.go:1\tMCP-052\tm4") {
		t.Errorf("listing lacks the MCP-052 findings:\n%s", got)
	}
	if strings.Contains(got, "MCP-001") {
		t.Errorf("-rule MCP-052 listed other rules:\n%s", got)
	}
}

func TestBadReport(t *testing.T) {
	bad := write(t, "bad.json", "not json")
	var out, errb bytes.Buffer
	if code := run([]string{bad}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "not an mcpsafe JSON report") {
		t.Errorf("exit %d, stderr %q; want 1 and a clear error", code, errb.String())
	}
}
