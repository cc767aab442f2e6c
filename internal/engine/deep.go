package engine

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/finding"
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
	f := finding.Finding{
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
	// Interned as they are made, texts copied once: the flow's strings
	// point into its module's IR, which they would keep alive.
	e.texts.finding(&f)
	return f
}

// AnalyzeProject runs the taint rules over every file's IR (deep mode)
// and returns their findings, suppressed as the files' nosem comments say.
// It releases the modules' IR (ir.Module.Release): they cannot be
// analysed again.
func (e *Engine) AnalyzeProject(mods []*ir.Module, nosem map[string][]Nosem) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	if len(e.taintRules) == 0 || len(mods) == 0 {
		return nil, nil, nil
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
	type partResult struct {
		findings []finding.Finding
		diags    []finding.Diagnostic
	}
	results := make([]partResult, len(parts))
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
		// A part's flows become findings as soon as it is done: the
		// flows, and the IR strings they point into, are garbage then.
		fs := make([]finding.Finding, len(r.Flows))
		for j := range r.Flows {
			fs[j] = e.flowFinding(&r.Flows[j], finding.ModeDeep)
		}
		results[i] = partResult{fs, append(diags, r.Diagnostics...)}
	})
	var partDiags []finding.Diagnostic
	seenDiag := map[finding.Diagnostic]bool{}
	total := 0
	for _, pr := range results {
		total += len(pr.findings)
		for _, d := range pr.diags {
			if !seenDiag[d] { // a time limit is reported by every part it stopped
				seenDiag[d] = true
				partDiags = append(partDiags, d)
			}
		}
	}
	// The findings grouped by file (files in the order they first appear
	// over the parts, flows in theirs) and placed so in one slice, each
	// part's released once placed; each file's group is deduplicated,
	// ordered by precedence and suppressed, and what it keeps is moved
	// down in place. A finding-dense project has hundreds of thousands of
	// flows: a map of per-file slices and the copies between the steps
	// had made deep mode's peak at its end.
	fileIndex := map[string]int{}
	var groupSize []int
	for _, pr := range results {
		for j := range pr.findings {
			fi, ok := fileIndex[pr.findings[j].File]
			if !ok {
				fi = len(groupSize)
				fileIndex[pr.findings[j].File] = fi
				groupSize = append(groupSize, 0)
			}
			groupSize[fi]++
		}
	}
	next := make([]int, len(groupSize))
	for fi := 1; fi < len(groupSize); fi++ {
		next[fi] = next[fi-1] + groupSize[fi-1]
	}
	all := make([]finding.Finding, total)
	for i := range results {
		for j := range results[i].findings {
			fi := fileIndex[results[i].findings[j].File]
			all[next[fi]] = results[i].findings[j]
			next[fi]++
		}
		results[i].findings = nil
	}
	kept := all[:0]
	var sup []finding.Suppressed
	var diags []finding.Diagnostic
	for start := 0; start < len(all); {
		end, file := start+1, all[start].File
		for end < len(all) && all[end].File == file {
			end++
		}
		fs := e.applyPrecedence(dedupeFlows(all[start:end]))
		k, s, d := e.applyNosem(file, fs, nosem[file])
		kept = append(kept, k...) // at most end-start findings, below start
		sup = append(sup, s...)
		diags = append(diags, d...)
		start = end
	}
	clear(all[len(kept):])
	if len(kept) == 0 {
		kept = nil
	}
	diags = append(diags, partDiags...)
	for _, part := range parts {
		for _, m := range part {
			if err := m.Damaged(); err != nil {
				diags = append(diags, finding.Diagnostic{File: m.File, Message: "internal error, the deep analysis read part of this file as empty (please report it): " + err.Error()})
			}
		}
	}
	return kept, sup, diags
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
