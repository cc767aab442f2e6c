package text

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/finding/findingtest"
	"github.com/mcpsafe/mcpsafe/internal/result"
)

func sample() (*result.Result, []finding.Finding) {
	fs := []finding.Finding{
		{RuleID: "MCP-001", Title: "Shell", Severity: finding.Critical, File: "a.py", Line: 3, Column: 5, Snippet: "os.system(x)", Message: "m1", Tool: "run",
			Trace: []finding.Step{{File: "a.py", Line: 1, Column: 9, Note: "input"}}},
		{RuleID: "MCP-002", Title: "Eval", Severity: finding.High, File: "b.js", Line: 7, Column: 1, Snippet: "eval(x)", Message: "m2"},
	}
	r := &result.Result{
		MCPContext: result.MCPContext{IsMCP: true, Reason: "MCP context: 1 source file importing an MCP SDK"},
		Summary:    result.Summary{Score: 60, Grade: "C", Counts: map[string]int{"CRITICAL": 1, "HIGH": 1}},
	}
	return r, fs
}

// Findings read back page by page print as those in memory do; a read
// error is the writer's error.
func TestPagedFindingsPrintAsInMemory(t *testing.T) {
	r, fs := sample()
	r.Findings = finding.ListOf(fs)
	var want, got bytes.Buffer
	if err := Write(&want, r, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"a.py:3:5", "CRITICAL", "MCP-001 Shell", "tool: run", "3 | os.system(x)", "a.py:1:9 input", "b.js:7:1", "2 findings"} {
		if !strings.Contains(want.String(), s) {
			t.Errorf("the report lacks %q:\n%s", s, want.String())
		}
	}
	r.Findings = findingtest.Pages{Findings: fs, FailAt: -1}.List(len(fs))
	if err := Write(&got, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("paged:\n%s\nin memory:\n%s", got.String(), want.String())
	}
	r.Findings = findingtest.Pages{Findings: fs, FailAt: 1}.List(len(fs))
	if err := Write(&bytes.Buffer{}, r, Options{}); !errors.Is(err, findingtest.ErrRead) {
		t.Errorf("a read error: %v", err)
	}
}
