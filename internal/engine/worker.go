package engine

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/prefilter"
	"github.com/mcpsafe/mcpsafe/internal/taint"
	"github.com/mcpsafe/mcpsafe/internal/toolmodel"
	"github.com/mcpsafe/mcpsafe/internal/tsq"
)

// Worker scans files one at a time. It owns its parsers and query cursor;
// use one Worker per goroutine.
type Worker struct {
	e       *Engine
	parsers *lang.Parsers
	cursor  *sitter.QueryCursor
	// matches walks cursor's matches, evaluating predicates only for
	// the matches of active rules.
	matches *tsq.Matches
	// pf finds every rule keyword, the MCP markers and the literals of the
	// project expressions in one pass over a file (see newPrefilter); the
	// workers of an engine share it.
	pf *prefilter.Filter
	// callees memoises, per language, which call specs match a callee
	// (see annotator.specsFor).
	callees map[lang.ID]map[string][]*taintSpec
}

// NewWorker returns a worker bound to the engine.
func (e *Engine) NewWorker() *Worker {
	c := sitter.NewQueryCursor()
	c.SetMatchLimit(matchLimit)
	return &Worker{e: e, parsers: lang.NewParsers(), cursor: c, matches: tsq.New(c), pf: e.sharedPrefilter()}
}

// sharedPrefilter builds the prefilter once per engine: a Filter is
// read-only once built (each Scan returns its own Result), and building it
// splits and compiles every guarded expression, a tenth of a small scan
// when each worker did it.
func (e *Engine) sharedPrefilter() *prefilter.Filter {
	e.pfOnce.Do(func() { e.pf = e.newPrefilter() })
	return e.pf
}

// newPrefilter builds the one-pass keyword filter: group i holds the
// keywords of rule i, then come each language's MCP module literals
// (mcpGroups) and the clauses of the patterns' needs; regular expression i
// is project expression i.
func (e *Engine) newPrefilter() *prefilter.Filter {
	var b prefilter.Builder
	group := func(kws [][]byte) {
		s := make([]string, len(kws))
		for i, k := range kws {
			s[i] = string(k)
		}
		b.Group(s)
	}
	for _, r := range e.rules {
		group(r.keywords)
	}
	e.mcpGroups = map[lang.ID]int{}
	for _, l := range lang.All {
		e.mcpGroups[l.ID] = b.Group(mcpctx.MarkerLiterals(l.Code))
	}
	// The needs of every pattern, one group per clause (patterns shared
	// between grammars are seen once).
	seen := map[*compiledPattern]bool{}
	for _, r := range e.rules {
		for _, l := range lang.All {
			rq := r.queries[l.ID]
			if rq == nil {
				continue
			}
			for _, pc := range rq.pieces {
				if seen[pc.pat] {
					continue
				}
				seen[pc.pat] = true
				groups := make([]int, 0, len(pc.pat.needs))
				for _, clause := range pc.pat.needs {
					groups = append(groups, b.Literals(clause))
				}
				pc.pat.needGroups = groups
			}
		}
	}
	for _, re := range e.project.list {
		b.Regexp(re)
	}
	for _, re := range e.project.files {
		b.Regexp(re)
	}
	return b.Build()
}

// Close frees the worker's parsers and cursor.
func (w *Worker) Close() {
	w.parsers.Close()
	w.matches.Close()
	w.cursor.Close()
}

// FileInput is one source file to scan.
type FileInput struct {
	// Path is relative to the target root, with forward slashes.
	Path string
	Lang *lang.Language
	Src  []byte
	// ProjectMayBeMCP is false when the scan already knows the project has
	// no MCP context; project-gated rules are then skipped.
	ProjectMayBeMCP bool
	// WantTools asks for the file's tool model (FileResult.Tools).
	WantTools bool
	// ProjectNames are the project's own package names (description
	// rules use them for ownership).
	ProjectNames []string
	// KnownFacts are project facts already known to hold (another file
	// matched them); they are reported true without testing this file.
	// Only for callers that OR the facts of their files, as a scan does.
	KnownFacts []bool
	// Spill receives deep mode's packed IR (ir.Spill); nil keeps it in
	// memory.
	Spill *ir.Spill
}

// FileResult is what scanning one file produced.
type FileResult struct {
	Findings    []finding.Finding
	Suppressed  []finding.Suppressed
	Diagnostics []finding.Diagnostic
	// Evidence is non-empty when the file is MCP context.
	Evidence []mcpctx.Evidence
	// Parsed says whether the file was parsed (false when no rule could
	// apply to it).
	Parsed bool
	// Facts says, for each project expression of the engine, whether the
	// file matches it.
	Facts []bool
	// Module is the file's IR, in deep mode, for the project analysis.
	Module *ir.Module
	// Nosem lists the file's suppression comments, in deep mode, for
	// findings the project analysis reports later.
	Nosem []Nosem
	// Tools is the file's tool model, when FileInput.WantTools is set and
	// the file is MCP context.
	Tools *toolmodel.Model
}

// trimAfter is the size of a file whose tree, once closed, is worth
// returning to the system (lang.TrimMalloc): 30 files of the benchmark
// corpus, and most of its peak memory.
const trimAfter = 256 << 10

// ScanFile runs every applicable rule on one file. A bug in a rule's
// evaluation costs that file's findings, reported as a diagnostic, never
// the scan.
func (w *Worker) ScanFile(in FileInput) (res FileResult) {
	defer func() {
		if p := recover(); p != nil {
			res = FileResult{Diagnostics: []finding.Diagnostic{{File: in.Path,
				Message: fmt.Sprintf("internal error while scanning this file, its findings are missing (please report it): %v", p)}}}
		}
	}()
	return w.scanFile(in)
}

func (w *Worker) scanFile(in FileInput) FileResult {
	var res FileResult
	hits := w.pf.Scan(in.Src)
	if n := len(w.e.project.list); n > 0 {
		res.Facts = make([]bool, n)
		for i := range w.e.project.list {
			res.Facts[i] = (i < len(in.KnownFacts) && in.KnownFacts[i]) || hits.Regexp(i)
		}
	}
	// A file can only be MCP context if it spells the module of an MCP
	// SDK or framework of its language.
	mayBeMCP := hits.Group(w.e.mcpGroups[in.Lang.ID])

	// Rules that could fire before the parse tells whether the file
	// imports an MCP SDK. In deep mode every file is lowered for the
	// taint rules: a tool handler's helpers need not import an SDK.
	deep := w.e.Deep()
	var candidates []*compiledRule
	// patternsMay says whether a rule's patterns (not its taint part) may
	// run here: the gate and the keywords apply to them in every mode.
	patternsMay := make([]bool, len(w.e.rules))
	for _, r := range w.e.rules {
		if !r.langs[in.Lang.ID] {
			continue
		}
		ok := r.patternsMay(in.Lang.ID, in.Src, hits, mayBeMCP, in.ProjectMayBeMCP, deep)
		patternsMay[r.index] = ok
		if ok || (deep && r.rule.Taint != nil) {
			candidates = append(candidates, r)
		}
	}
	if len(candidates) == 0 && !mayBeMCP {
		return res
	}

	tree, err := w.parsers.Parse(in.Lang, in.Src, w.e.opts.ParseTimeout)
	if err != nil {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: in.Path,
			Message: fmt.Sprintf("skipped: could not be parsed as %s: %v", in.Lang.Name, err)})
		return res
	}
	defer func() {
		tree.Close()
		if len(in.Src) > trimAfter {
			lang.TrimMalloc()
		}
	}()
	res.Parsed = true
	root := tree.RootNode()
	src := lang.NewSource(in.Src)
	if root.HasError() {
		res.Diagnostics = append(res.Diagnostics, parseErrorDiagnostic(in, root, src))
	}

	imports, err := lang.ExtractImports(in.Lang, tree, src)
	if err != nil {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: in.Path, Message: err.Error()})
	}
	res.Evidence = mcpctx.FileEvidence(in.Path, in.Lang, imports)
	isMCP := len(res.Evidence) > 0

	active := make([]bool, len(w.e.rules))
	// patterns is active minus the rules that are here only for their
	// taint part (deep mode lowers every file, gated or not).
	patterns := make([]bool, len(w.e.rules))
	any, anyTaint := false, false
	for _, r := range candidates {
		gated := r.rule.Gate == catalog.GateMCPFile && !isMCP
		patterns[r.index] = patternsMay[r.index] && !gated
		if gated && !(deep && r.rule.Taint != nil) {
			continue
		}
		active[r.index] = true
		any = true
		if r.rule.Taint != nil {
			anyTaint = true
		}
	}
	if !any && !in.WantTools {
		return res
	}

	facts := newFileFacts(in.Lang, src, root, imports, isMCP)
	facts.hits, facts.fileBase = hits, len(w.e.project.list)
	facts.deep = deep
	var raw []finding.Finding
	var timedOut bool
	raw, timedOut, res.Diagnostics = w.match(in, root, src, imports, facts, patterns, res.Diagnostics)
	if timedOut {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: in.Path,
			Message: "rule matching stopped at the time limit; findings for this file may be incomplete"})
	}
	raw = append(raw, w.describeFile(in, facts, patterns, &res)...)
	var handlers *mcpctx.Handlers
	if anyTaint && isMCP {
		handlers = facts.Handlers()
	}
	if anyTaint && !deep {
		// Fast mode's flows stay inside one function: a file where no
		// active rule can have a source is not lowered at all (most
		// files of a project: lowering was a sixth of fast mode's time).
		anyTaint = w.e.mayHaveSource(in, active, handlers != nil && len(handlers.List) > 0)
	}
	if anyTaint {
		mod := ir.Lower(in.Path, in.Lang, root, src, imports, handlers, w.e.newAnnotator(w, facts, active), ir.Options{})
		if deep {
			// Kept as bytes until the project analysis knows whether it
			// needs this module (ir/pack.go).
			if !w.e.keepIRUnpacked && mod.Pack() {
				in.Spill.Keep(mod)
			}
			res.Module = mod
			res.Nosem = w.e.nosemComments(w, in, tree, src)
		} else {
			// Fast mode: flows that stay inside one function.
			r := taint.Analyze([]*ir.Module{mod}, taint.Config{Rules: w.e.taintTable(), Deadline: time.Now().Add(w.e.opts.QueryTimeout)})
			var flows []finding.Finding
			for i := range r.Flows {
				flows = append(flows, w.e.flowFinding(&r.Flows[i], finding.ModeFast))
			}
			raw = append(raw, dedupeFlows(flows)...)
			for _, d := range r.Diagnostics {
				d.File = in.Path
				res.Diagnostics = append(res.Diagnostics, d)
			}
		}
	}
	raw = w.e.applyPrecedence(raw)
	res.Findings, res.Suppressed, res.Diagnostics = w.e.suppress(w, in, tree, src, raw, res.Diagnostics)
	return res
}

// mayHaveSource reports whether an active taint rule may have a source in
// the file.
func (e *Engine) mayHaveSource(in FileInput, active []bool, hasHandlers bool) bool {
	for _, tr := range e.taintRules {
		if active[tr.rule.index] && tr.mayHaveSource(in.Lang.ID, in.Src, hasHandlers) {
			return true
		}
	}
	return false
}

// patternsMay reports whether the rule's patterns may run on a file before
// it is parsed: its gate, its keywords, and whether any of its parts can
// report there (mayReport).
func (r *compiledRule) patternsMay(l lang.ID, src []byte, hits *prefilter.Result, mayBeMCP, projectMayBeMCP, deep bool) bool {
	switch r.rule.Gate {
	case catalog.GateMCPFile:
		if !mayBeMCP {
			return false
		}
	case catalog.GateMCPProject:
		if !projectMayBeMCP && !mayBeMCP {
			return false
		}
	}
	if len(r.keywords) > 0 && !hits.Group(r.index) {
		return false
	}
	// A rule whose parts cannot report here does not make the file worth
	// parsing: none of its patterns has what it needs in the file, and (in
	// fast mode) its flows need tool inputs in a file that cannot register
	// tools.
	return r.mayReport(l, src, hits, mayBeMCP, deep)
}

// Plan records which patterns a file of a small project can match (their
// needs hold in it, and their rule may run there), before the scan: a rule's files then share one query
// of all the patterns any of them needs (compiledRule.plan), each pattern
// compiled once. Planning is optional; findings are the same either way
// (a file's matches of patterns it does not need are dropped).
func (w *Worker) Plan(l *lang.Language, src []byte) {
	hits := w.pf.Scan(src)
	mayBeMCP := hits.Group(w.e.mcpGroups[l.ID])
	for _, r := range w.e.rules {
		rq := r.queries[l.ID]
		if rq == nil {
			continue
		}
		// Whether the project may be MCP is not known yet: assumed.
		if !r.langs[l.ID] || !r.patternsMay(l.ID, src, hits, mayBeMCP, true, w.e.Deep()) {
			continue
		}
		if len(rq.pieces) > 64 {
			r.plan[l.ID].Store(^uint64(0)) // too many to choose from: all
			continue
		}
		r.plan[l.ID].Or(rq.needMask(hits))
	}
}

// match runs the merged query and turns matches into findings.
func (w *Worker) match(in FileInput, root *sitter.Node, src *lang.Source, imports *lang.Imports, facts *fileFacts, active []bool, diags []finding.Diagnostic) ([]finding.Finding, bool, []finding.Diagnostic) {
	// The time limit is tree-sitter's own (checked by its clock): the
	// binding's MatchesWithOptions hands C a pointer to Go memory that the
	// cursor keeps after the call returns, and the garbage collector frees
	// it under the running query (a crash: "signal arrived during cgo
	// execution" in ts_query_cursor_next_match).
	deadline := time.Now().Add(w.e.opts.QueryTimeout)
	m := matcher{w: w, in: in, src: src, imports: imports, facts: facts, active: active, seen: map[string]bool{}}
	if qs := w.e.planned[in.Lang.ID]; qs != nil {
		// A small project's planned patterns, merged (PlanDone).
		w.e.compileParallel(qs)
		if complete, timedOut := m.runMerged(qs, root, deadline); complete || timedOut {
			return m.out, timedOut, diags
		}
	}
	if mq := w.e.mergedQuery(in.Lang.ID, active, len(in.Src)); mq != nil {
		// One pass of every rule's patterns; matches of inactive rules
		// are dropped.
		if complete, timedOut := m.runMerged([]*ruleQuery{mq}, root, deadline); complete || timedOut {
			return m.out, timedOut, diags
		}
	}
	timedOut := false
	queries := make([]*ruleQuery, len(w.e.rules))
	for _, r := range w.e.rules {
		if active[r.index] {
			queries[r.index] = r.queryFor(in.Lang.ID, facts.hits)
		}
	}
	w.e.compileParallel(queries)
	for _, r := range w.e.rules {
		rq := queries[r.index]
		if rq == nil || timedOut {
			continue
		}
		if _, err := rq.get(); err != nil {
			diags = append(diags, finding.Diagnostic{File: in.Path, Message: fmt.Sprintf("rule %s skipped: %v", r.rule.ID, err)})
			continue
		}
		_, timedOut = m.run(rq, root, deadline)
	}
	return m.out, timedOut, diags
}

// runMerged runs queries that each hold the patterns of many rules. When
// one does not compile, or its cursor runs out of room for in-progress
// matches, it drops what it found and reports the file incomplete: the
// caller matches it rule by rule.
func (m *matcher) runMerged(qs []*ruleQuery, root *sitter.Node, deadline time.Time) (complete, timedOut bool) {
	for _, q := range qs {
		if _, err := q.get(); err != nil {
			complete = false
			break
		}
		if complete, timedOut = m.run(q, root, deadline); timedOut {
			return false, true
		}
		if !complete {
			break
		}
	}
	if !complete {
		m.out, m.seen = nil, map[string]bool{}
	}
	return complete, false
}

// matcher turns one file's query matches into findings.
type matcher struct {
	w       *Worker
	in      FileInput
	src     *lang.Source
	imports *lang.Imports
	facts   *fileFacts
	active  []bool
	seen    map[string]bool
	out     []finding.Finding
}

// run runs one compiled query over the tree. It reports whether every
// match was seen (false when the cursor dropped some for lack of room)
// and whether the time limit passed.
func (m *matcher) run(rq *ruleQuery, root *sitter.Node, deadline time.Time) (complete, timedOut bool) {
	left := time.Until(deadline)
	if left <= 0 {
		return false, true
	}
	w := m.w
	w.cursor.SetTimeoutMicros(uint64(left / time.Microsecond))
	w.cursor.Matches(rq.query, root, m.in.Src)
	for w.matches.Next() {
		cp := rq.patterns[w.matches.PatternIndex()]
		if cp == nil || !m.active[cp.rule.index] || !cp.mayMatch(m.facts.hits) {
			continue
		}
		qm := w.matches.Match()
		if !qm.SatisfiesTextPredicate(rq.query, nil, nil, m.in.Src) {
			continue
		}
		caps := make(map[string][]sitter.Node, len(qm.Captures))
		for _, c := range qm.Captures {
			name := rq.captureNames[c.Index]
			caps[name] = append(caps[name], c.Node)
		}
		reported, ok := caps[cp.report]
		if !ok || len(reported) == 0 {
			continue
		}
		mc := matchContext{src: m.src, imports: m.imports, facts: m.facts, caps: caps}
		if !mc.all(cp.where) {
			continue
		}
		f := newFinding(cp, m.in.Path, m.src, &reported[0], caps)
		if h := m.facts.enclosingHandler(&reported[0]); h != nil && h.Kind == mcpctx.KindTool {
			f.Tool = h.Name
		}
		f.Requires = cp.requires
		// One finding per rule, line and message: the same expression
		// twice on a line (err.stack ? `${err.stack}` : "") is one
		// problem to the reader, and a pattern that matches a node and
		// its parent reports it once.
		key := fmt.Sprintf("%s\x00%d\x00%s", f.RuleID, f.Line, f.Message)
		if m.seen[key] {
			continue
		}
		m.seen[key] = true
		m.out = append(m.out, f)
	}
	return !w.cursor.DidExceedMatchLimit(), time.Now().After(deadline)
}

const (
	maxSnippet      = 240
	maxCaptureInMsg = 80
)

var capRef = regexp.MustCompile(`\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}`)

func newFinding(cp *compiledPattern, file string, src *lang.Source, n *sitter.Node, caps map[string][]sitter.Node) finding.Finding {
	r := cp.rule.rule
	start, end := int(n.StartByte()), int(n.EndByte())
	line, col := src.Position(start)
	endLine, endCol := src.Position(end)
	msg := capRef.ReplaceAllStringFunc(cp.message, func(ref string) string {
		name := capRef.FindStringSubmatch(ref)[1]
		nodes := caps[name]
		if len(nodes) == 0 {
			return ref
		}
		return clip(strings.Join(strings.Fields(src.Text(&nodes[0])), " "), maxCaptureInMsg)
	})
	return finding.Finding{
		RuleID:      r.ID,
		Name:        r.Name,
		Title:       r.Title,
		Severity:    r.Severity,
		CWE:         r.CWE,
		Category:    r.CategoryName(),
		File:        file,
		Line:        line,
		Column:      col,
		EndLine:     endLine,
		EndColumn:   endCol,
		Snippet:     clip(strings.TrimSpace(src.Line(line)), maxSnippet),
		Message:     msg,
		Mode:        finding.ModeFast,
		MatchedText: src.Text(n),
		StartByte:   start,
		EndByte:     end,
	}
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// parseErrorDiagnostic reports where the first syntax error is. The file
// is still matched: tree-sitter recovers from errors, and most of a file
// with one unsupported construct is still meaningful.
func parseErrorDiagnostic(in FileInput, root *sitter.Node, src *lang.Source) finding.Diagnostic {
	line := 0
	var walk func(n *sitter.Node, depth int) bool
	walk = func(n *sitter.Node, depth int) bool {
		if depth > 200 {
			return false
		}
		if n.IsError() || n.IsMissing() {
			line = lang.LineOfNode(n)
			return true
		}
		if !n.HasError() {
			return false
		}
		for i := uint(0); i < n.ChildCount(); i++ {
			if walk(n.Child(i), depth+1) {
				return true
			}
		}
		return false
	}
	walk(root, 0)
	_ = src
	return finding.Diagnostic{File: in.Path, Line: line,
		Message: fmt.Sprintf("syntax error while parsing as %s; findings for this file may be incomplete", in.Lang.Name)}
}

// KeepSatisfied drops findings whose project requirements do not hold,
// given the project's facts (the OR of every file's FileResult.Facts). It
// returns a new slice.
func KeepSatisfied(fs []finding.Finding, projectFacts []bool) []finding.Finding {
	out := fs[:0:0]
	for i := range fs {
		if Satisfied(&fs[i], projectFacts) {
			out = append(out, fs[i])
		}
	}
	return out
}

// Satisfied reports whether a finding's project requirements hold.
func Satisfied(f *finding.Finding, projectFacts []bool) bool {
	for _, r := range f.Requires {
		have := r.Fact < len(projectFacts) && projectFacts[r.Fact]
		if have != r.Present {
			return false
		}
	}
	return true
}

// MergeFacts ORs a file's facts into the project's.
func MergeFacts(project, file []bool) []bool {
	if len(project) < len(file) {
		project = append(project, make([]bool, len(file)-len(project))...)
	}
	for i, v := range file {
		project[i] = project[i] || v
	}
	return project
}
