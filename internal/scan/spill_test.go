package scan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

// Deep mode writes packed IR past its memory budget to a temporary file
// (ir.Spill). A scan that spills every module must report what a scan
// that keeps them all in memory reports; one whose folder cannot be
// written must too, and say so; and no file may be left behind.
func TestDeepScanSpillsLikeItKeeps(t *testing.T) {
	if testing.Short() {
		t.Skip("three deep scans of the taint evaluation corpus")
	}
	cat, err := ruleset.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.Compile(cat, nil, engine.Options{Mode: "deep"})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	target, err := filepath.Abs("../../testdata/taint-eval")
	if err != nil {
		t.Fatal(err)
	}
	deep := 0 // findings with a trace (deep flows) in the last scan
	scan := func(budget int64, dir string) ([]string, []string) {
		deep = 0
		res, err := Run(context.Background(), target, eng, cat, Options{Mode: "deep", ToolName: "mcpsafe", DeepMemory: budget, FindingsMemory: budget, SpillDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		defer res.Close()
		all, err := res.Findings.Slice()
		if err != nil {
			t.Fatal(err)
		}
		var fs, diags []string
		for _, f := range all {
			fs = append(fs, fmt.Sprintf("%s %s:%d:%d %s %v %s", f.RuleID, f.File, f.Line, f.Column, f.Fingerprint, f.Trace, f.Message))
			if len(f.Trace) > 0 {
				deep++
			}
		}
		for _, d := range res.Diagnostics {
			diags = append(diags, d.File+": "+d.Message)
		}
		return fs, diags
	}
	spillDir := t.TempDir()
	kept, keptDiags := scan(1<<40, spillDir)
	keptDeep := deep
	spilled, spilledDiags := scan(1, spillDir)
	if len(kept) < 50 || keptDeep < 20 {
		t.Fatalf("%d findings (%d with a trace) in memory: not the corpus meant", len(kept), keptDeep)
	}
	t.Logf("%d findings, %d with a trace", len(kept), keptDeep)
	if !reflect.DeepEqual(spilled, kept) || !reflect.DeepEqual(spilledDiags, keptDiags) {
		t.Errorf("spilling every module changed the report:\n%q\n%q\nin memory:\n%q\n%q", spilled, spilledDiags, kept, keptDiags)
	}
	if entries, _ := os.ReadDir(spillDir); len(entries) != 0 {
		t.Errorf("the scan left its spill file behind: %v", entries)
	}
	failed, failedDiags := scan(1, filepath.Join(spillDir, "missing"))
	if !reflect.DeepEqual(failed, kept) {
		t.Errorf("a spill folder that cannot be written changed the findings:\n%q\nin memory:\n%q", failed, kept)
	}
	if len(failedDiags) != len(keptDiags)+2 || !strings.Contains(strings.Join(failedDiags, "\n"), "keeps its intermediate representation in memory") ||
		!strings.Contains(strings.Join(failedDiags, "\n"), "findings kept in memory") {
		t.Errorf("no diagnostic for a spill folder that cannot be written: %q", failedDiags)
	}
}
