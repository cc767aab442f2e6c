package json

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/finding/findingtest"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/result"
)

// whole is the reference: encoding/json on the whole value.
func whole(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return b.String()
}

func sample(n int) *result.Result {
	r := &result.Result{
		SchemaVersion: result.SchemaVersion,
		Tool:          result.Tool{Name: "mcpsafe", Version: "x"},
		Target:        result.Target{Kind: "dir", Ref: "a<b>&c", Resolved: "/tmp/é"},
		Mode:          "deep",
		MCPContext:    result.MCPContext{IsMCP: true, Reason: "r", Evidence: []mcpctx.Evidence{{File: "a.py", Line: 2, Reason: "imports mcp"}}},
		Summary:       result.Summary{Score: 71, Grade: "C", Counts: map[string]int{"HIGH": 1, "LOW": 0}},
	}
	var fs []finding.Finding
	for i := 0; i < n; i++ {
		f := finding.Finding{RuleID: "MCP-002", Name: "n", Title: "t <x> & \"q\"", Severity: finding.High, File: "a.py", Line: i + 1,
			Snippet: "os.system(\"ls \" + x)\t\u2028", Message: "m", Mode: "deep", Fingerprint: "fp"}
		if i%2 == 0 {
			f.Tool = "run"
			f.Trace = []finding.Step{{File: "a.py", Line: 1, Column: 2, Note: "input"}, {File: "b.py", Line: 3, Note: "sink"}}
		}
		fs = append(fs, f)
	}
	r.Findings = finding.ListOf(fs)
	if n > 0 {
		r.Suppressed = []finding.Suppressed{{Finding: fs[0], Reason: "nosem"}}
		r.Diagnostics = []finding.Diagnostic{{File: "c.js", Message: "skipped"}}
	}
	return r
}

// The streamed report is byte for byte what encoding/json gives for the
// whole value, for one result and several, with and without findings.
func TestStreamedReportIsEncodingJSONs(t *testing.T) {
	for _, n := range []int{0, 1, 3} {
		r := sample(n)
		var got bytes.Buffer
		if err := Write(&got, r); err != nil {
			t.Fatal(err)
		}
		if want := whole(r); got.String() != want {
			t.Errorf("%d findings: got\n%s\nwant\n%s", n, got.String(), want)
		}
		for _, rs := range [][]*result.Result{nil, {}, {r}, {r, sample(2)}} {
			got.Reset()
			if err := WriteMulti(&got, rs); err != nil {
				t.Fatal(err)
			}
			if want := whole(result.Multi{SchemaVersion: result.SchemaVersion, Results: rs}); got.String() != want {
				t.Errorf("multi of %d: got\n%s\nwant\n%s", len(rs), got.String(), want)
			}
		}
	}
}

// stream.result names result.Result's fields one by one; a field added to
// the type must be added there too.
func TestStreamCoversResultFields(t *testing.T) {
	var names []string
	rt := reflect.TypeOf(result.Result{})
	for i := 0; i < rt.NumField(); i++ {
		names = append(names, rt.Field(i).Tag.Get("json"))
	}
	want := []string{"schema_version", "tool", "target", "mode", "mcp_context", "summary", "findings", "suppressed", "diagnostics"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("result.Result's JSON fields are %v; stream.result writes %v: update it", names, want)
	}
	rt = reflect.TypeOf(result.Multi{})
	if rt.NumField() != 2 || rt.Field(0).Tag.Get("json") != "schema_version" || rt.Field(1).Tag.Get("json") != "results" {
		t.Fatal("result.Multi changed: update WriteMulti")
	}
}

// Findings read back page by page are written as those in memory are; a
// read error is the writer's error.
func TestPagedFindingsStream(t *testing.T) {
	r := sample(3)
	fs, _ := r.Findings.Slice()
	var want, got bytes.Buffer
	if err := Write(&want, r); err != nil {
		t.Fatal(err)
	}
	r.Findings = findingtest.Pages{Findings: fs, FailAt: -1}.List(len(fs))
	if err := Write(&got, r); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("paged:\n%s\nin memory:\n%s", got.String(), want.String())
	}
	r.Findings = findingtest.Pages{Findings: fs, FailAt: 2}.List(len(fs))
	if err := Write(io.Discard, r); !errors.Is(err, findingtest.ErrRead) {
		t.Errorf("a read error: %v", err)
	}
	r.Findings = findingtest.Pages{Findings: fs[:2], FailAt: -1}.List(len(fs))
	if err := Write(io.Discard, r); err == nil {
		t.Error("fewer findings read back than the list has: no error")
	}
}
