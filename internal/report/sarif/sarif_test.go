package sarif

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/finding/findingtest"
	"github.com/mcpsafe/mcpsafe/internal/result"
)

var testRules = []*catalog.Rule{
	{ID: "MCP-001", Name: "shell-exec", Title: "Shell <exec> & co", Severity: finding.Critical, CWE: "CWE-78", What: "w", WhyMCP: "y", Detection: "d"},
	{ID: "MCP-002", Name: "eval", Title: "Eval", Severity: finding.High, CWE: "CWE-95"},
}

func sampleResult(n int) *result.Result {
	r := &result.Result{
		Tool:        result.Tool{Name: "mcpsafe", Version: "1.2.3"},
		Target:      result.Target{Kind: "dir", Ref: "x", Resolved: "/tmp/a b"},
		Mode:        "deep",
		MCPContext:  result.MCPContext{IsMCP: true, Reason: "imports <mcp>"},
		Summary:     result.Summary{Score: 40, Grade: "D"},
		Diagnostics: []finding.Diagnostic{{File: "c.js", Line: 3, Message: "skipped"}},
	}
	var fs []finding.Finding
	for i := 0; i < n; i++ {
		f := finding.Finding{RuleID: []string{"MCP-001", "MCP-002", "MCP-999"}[i%3], Severity: finding.High, File: "src/a.py",
			Line: i + 1, Column: 2, EndLine: i + 1, EndColumn: 9, Snippet: "os.system(x) <&>", Message: "m \u2028", Mode: "deep", Fingerprint: "fp"}
		if i%2 == 0 {
			f.Tool = "run"
			f.Trace = []finding.Step{{File: "src/a.py", Line: 1, Column: 2, Note: "input"}, {File: "src/b.py", Line: 3, Note: "sink"}}
		}
		fs = append(fs, f)
	}
	r.Findings = finding.ListOf(fs)
	if n > 0 {
		r.Suppressed = []finding.Suppressed{{Finding: fs[0], Reason: "reviewed"}}
	}
	return r
}

// whole encodes the log with every run's results in it, as the writer did
// before it streamed them.
func whole(t *testing.T, results []*result.Result) string {
	index := map[string]int{}
	for i, r := range testRules {
		index[r.ID] = i
	}
	lg := log{Schema: Schema, Version: "2.1.0"}
	for _, res := range results {
		rn := makeRun(res, testRules)
		items := []sresult{}
		fs, err := res.Findings.Slice()
		if err != nil {
			t.Fatal(err)
		}
		for i := range fs {
			if r, ok := makeResult(&fs[i], nil, index); ok {
				items = append(items, r)
			}
		}
		for i := range res.Suppressed {
			if r, ok := makeResult(&res.Suppressed[i].Finding, &suppression{Kind: "inSource", Justification: res.Suppressed[i].Reason}, index); ok {
				items = append(items, r)
			}
		}
		rn.Results = resultsSlot{items: items}
		lg.Runs = append(lg.Runs, rn)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(lg); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The streamed log is byte for byte the log encoded whole: no results,
// one, several, several runs, results of unknown rules left out.
func TestStreamedLogIsTheWholeLog(t *testing.T) {
	for _, runs := range [][]*result.Result{
		{sampleResult(0)}, {sampleResult(1)}, {sampleResult(3)}, {sampleResult(2)}, {sampleResult(7), sampleResult(0), sampleResult(4)}, {},
	} {
		var got bytes.Buffer
		if err := WriteRuns(&got, runs, testRules); err != nil {
			t.Fatal(err)
		}
		want := whole(t, runs)
		if got.String() != want {
			t.Errorf("%d runs: got\n%s\nwant\n%s", len(runs), got.String(), want)
		}
		if !json.Valid(got.Bytes()) || strings.Contains(got.String(), "mcpsafe-results-") {
			t.Errorf("a placeholder is left or the log is not JSON:\n%s", got.String())
		}
	}
}

func TestReadErrorIsTheWritersError(t *testing.T) {
	r := sampleResult(2)
	fs, _ := r.Findings.Slice()
	r.Findings = findingtest.Pages{Findings: fs, FailAt: 1}.List(len(fs))
	if err := Write(io.Discard, r, testRules); !errors.Is(err, findingtest.ErrRead) {
		t.Errorf("Write = %v", err)
	}
}
