// Package engine runs fast-mode rules: each source file is parsed once,
// every rule that applies to it is answered from that one tree, and the
// findings are suppressed and de-duplicated per file.
//
// All patterns of one grammar are merged into a single tree-sitter query,
// compiled once per run and shared by the workers; a match is dispatched
// to its rule by pattern index. Rule-specific logic does not live here:
// rules are data, and what a query cannot say is a general condition
// (see conditions.go).
package engine

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/parallel"
	"github.com/mcpsafe/mcpsafe/internal/prefilter"
)

// Options tune the engine.
type Options struct {
	// Mode is "fast" (the default) or "deep". Fast mode runs taint rules
	// within one function; deep mode collects every file's IR for a
	// project-wide analysis (Engine.AnalyzeProject).
	Mode string
	// DeepTimeout bounds the project-wide analysis; 0 means
	// DefaultDeepTimeout.
	DeepTimeout time.Duration
	// ParseTimeout bounds parsing one file; 0 means DefaultParseTimeout.
	ParseTimeout time.Duration
	// QueryTimeout bounds running the queries on one file; 0 means
	// DefaultQueryTimeout.
	QueryTimeout time.Duration
	// CompileWorkers is how many queries may compile at once when a file
	// needs several, and how many modules deep mode unpacks at once (0
	// means one per CPU).
	CompileWorkers int
	// QueryMerge is the amount of source (bytes) of a language matched
	// rule by rule after which its rules' queries run as one merged query
	// (one pass over each tree instead of one per rule; compiling it costs
	// about as much as compiling every rule's, and a rule matched alone
	// compiles only the patterns its files can match). 0 means
	// DefaultQueryMerge; negative means never. Results are the same
	// either way.
	QueryMerge int
}

// Default limits per file. They exist so that one hostile file cannot hang
// a scan; real files take milliseconds.
const (
	DefaultParseTimeout = 20 * time.Second
	DefaultQueryTimeout = 20 * time.Second
	DefaultDeepTimeout  = 5 * time.Minute
	DefaultQueryMerge   = 512 << 10
	// matchLimit bounds the in-progress matches a query cursor keeps.
	matchLimit = 1 << 14
)

// Engine holds compiled rules. It is immutable after Compile and safe for
// concurrent use by Workers.
type Engine struct {
	opts  Options
	rules []*compiledRule
	// comment holds each language's query for comments (nosem), compiled
	// on first use: a scan of one language pays for one grammar.
	comment *lang.PerLanguage[*sitter.Query]
	// knownIDs holds every rule ID of the catalog, deprecated ones
	// included, for nosem validation.
	knownIDs map[string]bool
	// project holds the expressions of project conditions; every file is
	// tested against them.
	project projectRegexps
	// taintRules are the rules with a taint section.
	taintRules []*taintRule
	// calls indexes their call specs per language (see callIndex).
	calls map[lang.ID]*callIndex
	// merged holds, per set of rules (mergedAll, mergedUngated) and
	// language, the rules' queries as one, compiled once QueryMerge bytes
	// of the language were matched rule by rule.
	merged [mergedSets]map[lang.ID]*mergedQuery
	// pf is the prefilter the workers share (sharedPrefilter).
	pfOnce sync.Once
	pf     *prefilter.Filter
	// mcpGroups are the prefilter groups of each language's MCP module
	// literals (mcpctx.MarkerLiterals): a file without one cannot import
	// an MCP SDK.
	mcpGroups map[lang.ID]int
	// inputs are the document and description patterns (documents.go).
	inputs *inputPatterns
	// planned holds, per grammar of a small project, the patterns its
	// files need (compiledRule.plan) merged into a few queries (PlanDone).
	// Written before the scan's workers start, read-only afterwards;
	// plannedBefore keeps those of earlier targets for Close.
	planned       map[lang.ID][]*ruleQuery
	plannedBefore []*ruleQuery
	// keepIRUnpacked leaves deep mode's modules as Go objects until the
	// project analysis (tests compare the two).
	keepIRUnpacked bool
}

// Deep reports whether the engine runs in deep mode.
func (e *Engine) Deep() bool { return e.opts.Mode == "deep" }

type compiledRule struct {
	rule     *catalog.Rule
	index    int
	keywords [][]byte
	// supersedes holds the upper-case IDs of rules this one owns
	// occurrences over.
	supersedes map[string]bool
	langs      map[lang.ID]bool
	// queries holds the rule's patterns per grammar.
	queries map[lang.ID]*ruleQuery
	// descLangs are the languages whose tool descriptions the rule reads.
	descLangs map[lang.ID]bool
	// taint is the rule's taint part, or nil.
	taint *taintRule
	// variants are the rule's queries of some of its patterns only
	// (variantKey -> *ruleQuery), see queryFor.
	variants sync.Map
	// plan holds, per grammar, the patterns the files of a small project
	// need (a bit per piece of queries[l]; Worker.Plan): one variant of
	// them all serves every file, where a variant per set of needs
	// compiled the same patterns again and again.
	plan map[lang.ID]*atomic.Uint64
}

type variantKey struct {
	lang lang.ID
	mask uint64
}

// queryFor returns the rule's query for a file of language l with only
// the patterns whose needs hold there (nil when none), for the files
// matched rule by rule: a small scan compiles only the patterns its files
// can match, where it compiled every pattern of each rule they trigger.
// The matches of the other patterns could never be reported, and the kept
// ones come in the same order, so the findings are the same.
func (r *compiledRule) queryFor(l lang.ID, hits *prefilter.Result) *ruleQuery {
	rq := r.queries[l]
	if rq == nil || len(rq.pieces) > 64 {
		return rq
	}
	mask := rq.needMask(hits)
	switch {
	case mask == 0:
		return nil
	case mask == 1<<len(rq.pieces)-1 || rq.ready.Load():
		// All its patterns, or compiled already for another file.
		return rq
	}
	if p := r.plan[l]; p != nil {
		if planned := p.Load(); planned&mask == mask {
			mask = planned // the project's variant
			if mask == 1<<len(rq.pieces)-1 {
				return rq
			}
		}
	}
	key := variantKey{l, mask}
	if v, ok := r.variants.Load(key); ok {
		return v.(*ruleQuery)
	}
	// A compiled variant with more patterns serves as well (its extra
	// patterns' matches are dropped by their needs): files of a project
	// need much the same patterns, and each variant is a compilation.
	var wider *ruleQuery
	r.variants.Range(func(k, v any) bool {
		vk, vq := k.(variantKey), v.(*ruleQuery)
		if vk.lang == l && vk.mask&mask == mask && vq.ready.Load() {
			wider = vq
			return false
		}
		return true
	})
	if wider != nil {
		return wider
	}
	sub := &ruleQuery{lang: rq.lang}
	for i, pc := range rq.pieces {
		if mask&(1<<i) != 0 {
			sub.add(rq.text(pc), pc.pat)
		}
	}
	v, _ := r.variants.LoadOrStore(key, sub)
	return v.(*ruleQuery)
}

// mayReport reports whether the rule can report anything in a file of
// language l with text src before the file is parsed (hits is the file's
// prefilter result: a pattern can only match where its needs hold); mayBeMCP says
// whether the file holds an MCP marker (without one it cannot import an
// SDK, so it has no tool handlers and no tool descriptions). Queries can
// match anywhere; in fast mode a flow stays in one function, so the taint
// part needs a source in the file (deep mode lowers every file: a flow
// can pass through it).
func (r *compiledRule) mayReport(l lang.ID, src []byte, hits *prefilter.Result, mayBeMCP, deep bool) bool {
	if rq := r.queries[l]; rq != nil {
		for _, pc := range rq.pieces {
			if pc.pat.mayMatch(hits) {
				return true
			}
		}
	}
	if r.descLangs[l] && mayBeMCP {
		return true
	}
	return r.taint != nil && (deep || r.taint.mayHaveSource(l, src, mayBeMCP))
}

type compiledPattern struct {
	rule    *compiledRule
	spec    *catalog.Pattern
	where   []condition
	report  string
	message string
	// requires are the project conditions of where.
	requires []finding.Requirement
	// needs are the literals a file must hold for the pattern to match
	// (see patternNeeds); needGroups are their prefilter groups.
	needs      needs
	needGroups []int
}

// mayMatch reports whether the pattern's needs hold in a file (true
// without a prefilter result).
func (cp *compiledPattern) mayMatch(hits *prefilter.Result) bool {
	if hits == nil {
		return true
	}
	for _, g := range cp.needGroups {
		if !hits.Group(g) {
			return false
		}
	}
	return true
}

// ruleQuery is one rule's patterns for one grammar, compiled on first use
// and shared by the workers. Compiling tree-sitter queries is costly for
// large grammars (TypeScript, TSX), so a rule's query is only compiled
// when a file that passes its prefilter needs it: a scan pays for the
// rules its files can trigger, not for the whole catalog.
type ruleQuery struct {
	lang   *lang.Language
	source []byte
	pieces []queryPiece

	once sync.Once
	// ready is set once the query is compiled.
	ready        atomic.Bool
	query        *sitter.Query
	captureNames []string
	// patterns maps a tree-sitter pattern index to its rule pattern.
	patterns []*compiledPattern
	err      error
}

type queryPiece struct {
	start, end int
	pat        *compiledPattern
}

// add appends one pattern to the query's source (a rule's query, a
// variant, a merged query are all built this way; the source grows in
// place, so a merged query of hundreds of patterns is not copied once per
// pattern).
func (rq *ruleQuery) add(text []byte, pat *compiledPattern) {
	start := len(rq.source)
	rq.source = append(rq.source, text...)
	rq.pieces = append(rq.pieces, queryPiece{start: start, end: len(rq.source), pat: pat})
	rq.source = append(rq.source, '\n')
}

// text returns the source of one of the query's patterns.
func (rq *ruleQuery) text(pc queryPiece) []byte { return rq.source[pc.start:pc.end] }

// needMask returns a bit per piece whose pattern's needs hold in a file
// (hits; the query has at most 64 pieces).
func (rq *ruleQuery) needMask(hits *prefilter.Result) uint64 {
	var mask uint64
	for i, pc := range rq.pieces {
		if pc.pat.mayMatch(hits) {
			mask |= 1 << i
		}
	}
	return mask
}

// get compiles the query on first use.
func (rq *ruleQuery) get() (*ruleQuery, error) {
	rq.once.Do(func() {
		q, qerr := sitter.NewQuery(rq.lang.Grammar(), string(rq.source))
		if qerr != nil {
			rq.err = fmt.Errorf("query does not compile for %s: %v", rq.lang.Name, qerr)
			return
		}
		rq.patterns = make([]*compiledPattern, q.PatternCount())
		for i := uint(0); i < q.PatternCount(); i++ {
			at := int(q.StartByteForPattern(i))
			k := sort.Search(len(rq.pieces), func(j int) bool { return rq.pieces[j].end > at })
			if k == len(rq.pieces) || rq.pieces[k].start > at {
				q.Close()
				rq.err = fmt.Errorf("internal error: %s pattern %d at byte %d belongs to no rule pattern", rq.lang.Name, i, at)
				return
			}
			rq.patterns[i] = rq.pieces[k].pat
			if len(q.GeneralPredicates(i)) > 0 || len(q.PropertyPredicates(i)) > 0 || len(q.PropertySettings(i)) > 0 {
				q.Close()
				rq.err = fmt.Errorf("unsupported query predicate (use #eq?, #not-eq?, #match?, #not-match?, #any-of? or a where condition)")
				return
			}
		}
		rq.query = q
		rq.captureNames = q.CaptureNames()
		rq.ready.Store(true)
	})
	return rq, rq.err
}

// compileParallel compiles the queries not compiled yet, several at a
// time (Options.CompileWorkers): on a small scan, compiling the queries
// of the rules its first files trigger is most of the time, and the other
// cores would wait for one to do it.
func (e *Engine) compileParallel(qs []*ruleQuery) {
	var todo []*ruleQuery
	for _, rq := range qs {
		if rq != nil && !rq.ready.Load() {
			todo = append(todo, rq)
		}
	}
	if min(e.opts.CompileWorkers, len(todo)) <= 1 {
		return // compiled on use
	}
	parallel.For(e.opts.CompileWorkers, len(todo), func(i int) {
		todo[i].get() // errors are reported where the query is used
	})
}

// Close frees the compiled queries.
func (e *Engine) Close() {
	for _, r := range e.rules {
		for _, rq := range r.queries {
			if rq.query != nil {
				rq.query.Close()
				rq.query = nil
			}
		}
		r.variants.Range(func(_, v any) bool {
			if rq := v.(*ruleQuery); rq.query != nil {
				rq.query.Close()
				rq.query = nil
			}
			return true
		})
	}
	for _, set := range e.merged {
		for _, mq := range set {
			if mq.rq.query != nil {
				mq.rq.query.Close()
				mq.rq.query = nil
			}
		}
	}
	e.StartPlan() // moves the current plan's queries to plannedBefore
	for _, rq := range e.plannedBefore {
		if rq.query != nil {
			rq.query.Close()
			rq.query = nil
		}
	}
	e.comment.Built(func(q *sitter.Query) { q.Close() })
}

// CompileAll compiles every query now, reporting the first error. The
// rule test harness and the tests use it; scans compile lazily.
func (e *Engine) CompileAll() error {
	for _, l := range lang.All {
		if _, err := e.comment.Get(l.ID); err != nil {
			return err
		}
	}
	for _, r := range e.rules {
		for _, l := range lang.All {
			if rq := r.queries[l.ID]; rq != nil {
				if _, err := rq.get(); err != nil {
					return fmt.Errorf("%s: %v", r.rule.Path, err)
				}
			}
		}
	}
	return nil
}

// ProjectFactCount is the number of project expressions; FileResult.Facts
// has one entry per expression.
func (e *Engine) ProjectFactCount() int { return len(e.project.list) }

// Rules returns the rules the engine runs, in ID order.
func (e *Engine) Rules() []*catalog.Rule {
	out := make([]*catalog.Rule, len(e.rules))
	for i, r := range e.rules {
		out[i] = r.rule
	}
	return out
}

// Compile prepares every non-deprecated rule of the catalog. Rules can be
// limited with keep (nil keeps all).
func Compile(cat *catalog.Catalog, keep func(*catalog.Rule) bool, opts Options) (*Engine, error) {
	if opts.ParseTimeout <= 0 {
		opts.ParseTimeout = DefaultParseTimeout
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.DeepTimeout <= 0 {
		opts.DeepTimeout = DefaultDeepTimeout
	}
	if opts.Mode == "" {
		opts.Mode = "fast"
	}
	if opts.CompileWorkers <= 0 {
		opts.CompileWorkers = runtime.GOMAXPROCS(0)
	}
	e := &Engine{opts: opts, knownIDs: map[string]bool{}}
	var patterns []*compiledPattern
	for _, r := range cat.Rules {
		e.knownIDs[strings.ToUpper(r.ID)] = true
		if r.Deprecated || (keep != nil && !keep(r)) {
			continue
		}
		cr := &compiledRule{rule: r, index: len(e.rules), supersedes: map[string]bool{}, langs: map[lang.ID]bool{}, queries: map[lang.ID]*ruleQuery{}, descLangs: map[lang.ID]bool{}}
		for _, k := range r.Keywords {
			cr.keywords = append(cr.keywords, []byte(k))
		}
		for _, s := range r.Supersedes {
			cr.supersedes[strings.ToUpper(s)] = true
		}
		e.rules = append(e.rules, cr)
		if err := e.compileInputs(cr); err != nil {
			return nil, err
		}
		if r.Taint != nil {
			if err := e.compileTaint(cr); err != nil {
				return nil, err
			}
			for _, code := range r.Languages {
				for _, l := range lang.ByCode(code) {
					cr.langs[l.ID] = true
				}
			}
		}
		for i := range r.Patterns {
			p := &r.Patterns[i]
			if !modeIncludes(p.Modes, opts.Mode) {
				continue
			}
			conds, err := compileConditions(p.Where, &e.project)
			if err != nil {
				return nil, fmt.Errorf("%s: patterns[%d]: %v", r.Path, i, err)
			}
			cp := &compiledPattern{rule: cr, spec: p, where: conds, report: p.Report, message: p.Message}
			patterns = append(patterns, cp)
			for _, c := range conds {
				if c.kind == condProjectLacks || c.kind == condProjectHas {
					cp.requires = append(cp.requires, finding.Requirement{Fact: c.project, Present: c.want})
				}
			}
			if cp.message == "" {
				cp.message = r.Message
			}
			for _, code := range p.Languages {
				for _, l := range lang.ByCode(code) {
					cr.langs[l.ID] = true
					rq := cr.queries[l.ID]
					if rq == nil {
						rq = &ruleQuery{lang: l}
						cr.queries[l.ID] = rq
					}
					rq.add([]byte(p.Query), cp)
				}
			}
		}
	}
	for _, cr := range e.rules {
		cr.plan = map[lang.ID]*atomic.Uint64{}
		for l := range cr.queries {
			cr.plan[l] = new(atomic.Uint64)
		}
	}
	// The literal needs of the patterns (regular expressions parsed and
	// analysed) are most of compiling the catalog; they are independent.
	parallel.For(opts.CompileWorkers, len(patterns), func(i int) {
		cp := patterns[i]
		cp.needs = patternNeeds(cp.spec.Query, cp.where)
	})
	e.comment = lang.NewPerLanguage(func(l *lang.Language) (*sitter.Query, error) {
		q, err := sitter.NewQuery(l.Grammar(), commentQuery)
		if err != nil {
			return nil, fmt.Errorf("comment query for %s: %v", l.Name, err)
		}
		return q, nil
	})
	e.indexCalls()
	e.mergeQueries()
	return e, nil
}

// mergeQueries prepares each language's merged queries (compiled on use):
// one of every rule's patterns, and one of the rules not gated to MCP
// files. Most files of an MCP project do not import an SDK themselves;
// they need only the second, which holds a fifth of the catalog's
// patterns (tree-sitter's matching time grows with the patterns).
func (e *Engine) mergeQueries() {
	if e.opts.QueryMerge == 0 {
		e.opts.QueryMerge = DefaultQueryMerge
	}
	for i := range e.merged {
		e.merged[i] = map[lang.ID]*mergedQuery{}
	}
	if e.opts.QueryMerge < 0 {
		return
	}
	for _, l := range lang.All {
		for set, keep := range []func(*compiledRule) bool{
			func(*compiledRule) bool { return true },
			func(r *compiledRule) bool { return r.rule.Gate != catalog.GateMCPFile },
		} {
			mq := &ruleQuery{lang: l}
			for _, r := range e.rules {
				rq := r.queries[l.ID]
				if rq == nil || !keep(r) {
					continue
				}
				for _, pc := range rq.pieces {
					mq.add(rq.text(pc), pc.pat)
				}
			}
			if len(mq.pieces) > 0 {
				e.merged[set][l.ID] = &mergedQuery{rq: mq}
			}
		}
	}
}

// PlanWanted reports whether the files of a language, bytes in all, will
// be matched rule by rule rather than by the merged queries: then a pass
// of Worker.Plan over them first lets each rule compile one query for the
// whole project.
func (e *Engine) PlanWanted(id lang.ID, bytes int64) bool {
	limit := int64(e.opts.QueryMerge)
	if limit <= 0 {
		limit = DefaultQueryMerge
	}
	return bytes <= limit
}

// PlanDone ends the planning (Worker.Plan) of a small project's files of
// the given languages, before they are scanned: each language's planned
// patterns of every rule are merged into one query per core
// (CompileWorkers), compiled in parallel when the first file needs them.
// Merging saves the fixed cost of a query (1.8 ms to compile in
// TypeScript) and a walk of each file per rule. Files whose query cursor
// overflows, or whose merged queries do not compile, are matched rule by
// rule as before; findings are the same either way.
func (e *Engine) PlanDone(ids []lang.ID) {
	e.planned = map[lang.ID][]*ruleQuery{}
	type rulePlan struct {
		rq     *ruleQuery
		pieces []queryPiece
	}
	for _, id := range ids {
		// Each rule's planned pieces (all of a rule with more than 64).
		var plans []rulePlan
		total := 0
		for _, r := range e.rules {
			rq := r.queries[id]
			if rq == nil {
				continue
			}
			mask := r.plan[id].Load()
			if mask == 0 {
				continue // no planned file may run the rule
			}
			p := rulePlan{rq: rq}
			for i, pc := range rq.pieces {
				if i >= 64 || mask&(1<<i) != 0 {
					p.pieces = append(p.pieces, pc)
				}
			}
			plans = append(plans, p)
			total += len(p.pieces)
		}
		// Consecutive rules per query, about as many patterns in each.
		parts := min(e.opts.CompileWorkers, len(plans))
		var qs []*ruleQuery
		done := 0
		for _, p := range plans {
			if len(qs) == 0 || done >= total*len(qs)/parts {
				qs = append(qs, &ruleQuery{lang: lang.ByID(id)})
			}
			for _, pc := range p.pieces {
				qs[len(qs)-1].add(p.rq.text(pc), pc.pat)
			}
			done += len(p.pieces)
		}
		if len(qs) > 0 {
			e.planned[id] = qs
		}
	}
}

// StartPlan forgets the plan of an earlier target (an engine scans the
// targets of a run one after the other): its planned patterns are not
// what the next target's files need. Call it before the next target's
// Worker.Plan calls, with no scan running.
func (e *Engine) StartPlan() {
	for _, qs := range e.planned {
		e.plannedBefore = append(e.plannedBefore, qs...)
	}
	e.planned = nil
	for _, r := range e.rules {
		for _, p := range r.plan {
			p.Store(0)
		}
	}
}

// expectMerged is how many times QueryMerge of a language a scan must be
// about to match for ExpectSource to start it on the merged queries.
const expectMerged = 4

// ExpectSource tells the engine how many bytes of a language the scan is
// about to match. From expectMerged × QueryMerge on, files of the language
// run the merged queries from the first one: a scan that large compiles
// them anyway, and matching its first QueryMerge bytes rule by rule first
// only compiled every rule's query as well (on the benchmark corpus, 2.5 s
// of TypeScript and JavaScript compilation). Safe to call while workers
// run; results are the same either way.
func (e *Engine) ExpectSource(id lang.ID, bytes int64) {
	if e.opts.QueryMerge <= 0 || bytes < expectMerged*int64(e.opts.QueryMerge) {
		return
	}
	for set := range e.merged {
		if mq := e.merged[set][id]; mq != nil {
			mq.seen.Add(bytes)
		}
	}
}

// mergedQuery returns a merged query of the language that holds every
// pattern of the active rules, once enough source of the language was
// matched rule by rule (or it is compiled already),
// or nil (then each rule's query runs on its own, as also when the merged
// one does not compile).
func (e *Engine) mergedQuery(id lang.ID, active []bool, size int) *ruleQuery {
	set := mergedUngated
	for _, r := range e.rules {
		if active[r.index] && r.rule.Gate == catalog.GateMCPFile && r.queries[id] != nil {
			set = mergedAll
			break
		}
	}
	mq := e.merged[set][id]
	if mq == nil && set == mergedUngated {
		mq = e.merged[mergedAll][id]
	}
	if mq == nil || (!mq.rq.ready.Load() && mq.seen.Add(int64(size)) < int64(e.opts.QueryMerge)) {
		return nil
	}
	if _, err := mq.rq.get(); err != nil {
		return nil
	}
	return mq.rq
}

// The merged query sets.
const (
	mergedAll = iota
	mergedUngated
	mergedSets
)

// mergedQuery is one merged query and the bytes of the files that asked for
// it.
type mergedQuery struct {
	rq   *ruleQuery
	seen atomic.Int64
}

const commentQuery = `(comment) @comment`

// QueryCheck compiles a query for every grammar of a language code and
// returns its capture names. It rejects predicates the engine does not
// evaluate, so a typo in a predicate cannot silently match everything.
// catalog.Options.QueryCheck uses it to validate rule files.
func QueryCheck(code, query string) ([]string, error) {
	langs := lang.ByCode(code)
	if len(langs) == 0 {
		return nil, fmt.Errorf("unknown language %q", code)
	}
	seen := map[string]bool{}
	var names []string
	for _, l := range langs {
		q, qerr := sitter.NewQuery(l.Grammar(), query)
		if qerr != nil {
			return nil, fmt.Errorf("%s", strings.TrimSpace(qerr.Error()))
		}
		for i := uint(0); i < q.PatternCount(); i++ {
			if len(q.GeneralPredicates(i)) > 0 || len(q.PropertyPredicates(i)) > 0 || len(q.PropertySettings(i)) > 0 {
				q.Close()
				return nil, fmt.Errorf("unsupported predicate in pattern %d (use #eq?, #not-eq?, #match?, #not-match?, #any-of? or a where condition)", i+1)
			}
		}
		for _, n := range q.CaptureNames() {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		q.Close()
	}
	return names, nil
}

// containsAny reports whether data contains one of the needles.
func containsAny(data []byte, needles [][]byte) bool {
	for _, n := range needles {
		if bytes.Contains(data, n) {
			return true
		}
	}
	return false
}

func modeIncludes(modes []string, mode string) bool {
	if len(modes) == 0 {
		return true
	}
	for _, m := range modes {
		if m == mode {
			return true
		}
	}
	return false
}
