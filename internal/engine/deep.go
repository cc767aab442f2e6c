package engine

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/findstore"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/parallel"
	"github.com/mcpsafe/mcpsafe/internal/taint"
)

// taintTable returns the analysis view of the taint rules.
func (e *Engine) taintTable() []*taint.Rule {
	out := make([]*taint.Rule, len(e.taintRules))
	for i, tr := range e.taintRules {
		out[i] = tr.t
	}
	return out
}

// analyzeSafely runs the project analysis; a bug in it costs the deep
// findings, reported as a diagnostic, never the scan.
func analyzeSafely(mods []*ir.Module, cfg taint.Config) (r taint.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error in the deep analysis, its findings are missing (please report it): %v", p)
		}
	}()
	return taint.Analyze(mods, cfg), nil
}

// dedupeFlows keeps one finding per rule, sink and source location: a
// call that two source specs of a rule both describe (an HTTP response that
// is also external content) is one flow to the reader.
func dedupeFlows(fs []finding.Finding) []finding.Finding {
	seen := map[string]bool{}
	out := fs[:0:0]
	for _, f := range fs {
		src := ""
		if len(f.Trace) > 0 {
			src = fmt.Sprintf("%s:%d:%d", f.Trace[0].File, f.Trace[0].Line, f.Trace[0].Column)
		}
		key := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", f.RuleID, f.File, f.StartByte, f.EndByte, src)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, f)
	}
	return out
}

// flowFinding turns a dataflow into a finding located at its sink.
func (e *Engine) flowFinding(fl *taint.Flow, mode finding.Mode) finding.Finding {
	r := e.taintRules[fl.Rule.Index].rule.rule
	msg := r.Message
	msg = strings.ReplaceAll(msg, "{{source}}", fl.Source.Note)
	msg = strings.ReplaceAll(msg, "{{sink}}", fl.Sink)
	msg = strings.ReplaceAll(msg, "{{tool}}", fl.Source.Tool)
	return finding.Finding{
		RuleID:      r.ID,
		Name:        r.Name,
		Title:       r.Title,
		Severity:    r.Severity,
		CWE:         r.CWE,
		Category:    r.CategoryName(),
		File:        fl.File,
		Line:        fl.Pos.Line,
		Column:      fl.Pos.Col,
		EndLine:     fl.Pos.EndLine,
		EndColumn:   fl.Pos.EndCol,
		Snippet:     clip(fl.Line, maxSnippet),
		Message:     msg,
		Mode:        mode,
		Tool:        fl.Source.Tool,
		Trace:       fl.Trace,
		MatchedText: fl.Sink + "\x00" + fl.Source.Note,
		// Deep findings have no byte span; their position stands in for
		// precedence checks.
		StartByte: fl.Pos.Line<<20 | fl.Pos.Col,
		EndByte:   fl.Pos.EndLine<<20 | fl.Pos.EndCol,
	}
}

// AnalyzeProject runs the taint rules over every file's IR (deep mode)
// and returns their findings, suppressed as the files' nosem comments say.
// It releases the modules' IR (ir.Module.Release): they cannot be
// analysed again. The findings are in file path order, each file's as
// AnalyzeProjectTo emits them.
func (e *Engine) AnalyzeProject(mods []*ir.Module, nosem map[string][]Nosem) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	var fs []finding.Finding
	sup, diags := e.AnalyzeProjectTo(mods, nosem, findstore.New("", math.MaxInt64), func(_ string, kept []finding.Finding) {
		fs = append(fs, kept...)
	})
	return fs, sup, diags
}

// AnalyzeProjectTo is AnalyzeProject for a scan that keeps its findings
// in a store: each part's flows wait in staging (closed on return) until
// every part is done, and then each file's findings, de-duplicated,
// ordered by precedence and with those its nosem comments silence left
// out, go to emit, a file at a time in path order (emit must copy them).
func (e *Engine) AnalyzeProjectTo(mods []*ir.Module, nosem map[string][]Nosem, staging *findstore.Store, emit func(file string, fs []finding.Finding)) ([]finding.Suppressed, []finding.Diagnostic) {
	defer staging.Close()
	if len(e.taintRules) == 0 || len(mods) == 0 {
		return nil, nil
	}
	// Only the modules a flow can pass through are analysed; the others'
	// IR is garbage from here on (on the benchmark corpus, 4,668 of
	// 10,223 files stay). They are analysed part by part (connected parts
	// of their call dependencies, which no label crosses), on every core
	// the scan may use, the largest first; a part's functions are released
	// when it is done, so the peak holds a few parts, not the project.
	parts := taint.Components(mods)
	analysed := map[*ir.Module]bool{}
	for _, part := range parts {
		for _, m := range part {
			analysed[m] = true
		}
	}
	for _, m := range mods {
		if !analysed[m] {
			m.Release() // its packed IR: the caller still holds the module
		}
	}
	order := make([]int, len(parts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(parts[order[a]]) > len(parts[order[b]]) })
	partDiagsOf := make([][]finding.Diagnostic, len(parts))
	cfg := taint.Config{Rules: e.taintTable(), Interprocedural: true, Deadline: time.Now().Add(e.opts.DeepTimeout)}
	parallel.For(e.opts.CompileWorkers, len(parts), func(k int) {
		i := order[k]
		ms, diags := e.unpack(parts[i])
		r, err := analyzeSafely(ms, cfg)
		for _, m := range ms {
			m.Release()
		}
		if err != nil {
			files := make([]string, 0, 3)
			for _, m := range ms[:min(3, len(ms))] {
				files = append(files, m.File)
			}
			diags = append(diags, finding.Diagnostic{Message: fmt.Sprintf("%v (the deep analysis of %d files, %s, found nothing)", err, len(ms), strings.Join(files, ", "))})
		}
		// A part's flows become findings as soon as it is done, and wait
		// in the staging store, a file's at a time (a stable sort keeps
		// each file's in the flows' order): the flows, and the IR
		// strings they point into, are garbage then.
		fs := make([]finding.Finding, len(r.Flows))
		for j := range r.Flows {
			fs[j] = e.flowFinding(&r.Flows[j], finding.ModeDeep)
		}
		slices.SortStableFunc(fs, func(a, b finding.Finding) int { return strings.Compare(a.File, b.File) })
		staging.AddByFile(0, i, fs)
		partDiagsOf[i] = append(diags, r.Diagnostics...)
	})
	var partDiags []finding.Diagnostic
	seenDiag := map[finding.Diagnostic]bool{}
	for _, pds := range partDiagsOf {
		for _, d := range pds {
			if !seenDiag[d] { // a time limit is reported by every part it stopped
				seenDiag[d] = true
				partDiags = append(partDiags, d)
			}
		}
	}
	// Each file's findings, over the parts in their order and flows in
	// theirs, are de-duplicated, ordered by precedence and suppressed.
	var sup []finding.Suppressed
	var diags []finding.Diagnostic
	err := staging.Files(func(file string, fs []finding.Finding) error {
		k, s, d := e.applyNosem(file, e.applyPrecedence(dedupeFlows(fs)), nosem[file])
		emit(file, k)
		sup = append(sup, s...)
		diags = append(diags, d...)
		return nil
	})
	if err != nil {
		diags = append(diags, finding.Diagnostic{Message: "deep mode lost findings: " + err.Error()})
	}
	diags = append(diags, partDiags...)
	for _, part := range parts {
		for _, m := range part {
			if err := m.Damaged(); err != nil {
				diags = append(diags, finding.Diagnostic{File: m.File, Message: "internal error, the deep analysis read part of this file as empty (please report it): " + err.Error()})
			}
		}
	}
	return sup, diags
}

// unpack restores the functions of the packed modules the analysis keeps,
// on every core the scan may use; their bodies stay packed, decoded each
// time the analysis walks one (ir.Module.UnpackLazily). A module that fails
// to unpack (a bug in the encoding) is left out with a diagnostic: its
// flows are missing, the others are not.
func (e *Engine) unpack(mods []*ir.Module) ([]*ir.Module, []finding.Diagnostic) {
	errs := make([]error, len(mods))
	parallel.For(e.opts.CompileWorkers, len(mods), func(i int) { errs[i] = mods[i].UnpackLazily() })
	var diags []finding.Diagnostic
	out := mods[:0:0]
	for i, m := range mods {
		if errs[i] != nil {
			diags = append(diags, finding.Diagnostic{File: m.File, Message: "internal error, the deep analysis left this file out (please report it): " + errs[i].Error()})
			continue
		}
		out = append(out, m)
	}
	return out, diags
}
