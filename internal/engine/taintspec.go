package engine

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/recache"
	"github.com/mcpsafe/mcpsafe/internal/taint"
)

// taintSpec is a compiled catalog.TaintSpec.
type taintSpec struct {
	rule  *taintRule
	role  ir.Role
	index int
	calls []glob
	// name matches the callee's last segment (TaintSpec.Names).
	name *regexp.Regexp
	// lastLits are the literal last segments of the call patterns
	// ("run" of "subprocess.run", "readFile" of "fs*.readFile"); anyLast
	// is set when some pattern's last segment has a wildcard, or names
	// is used, so that the spec must be tried on every callee.
	lastLits []string
	anyLast  bool
	// ord is the spec's position among all call specs, to keep hits in
	// catalog order whatever index found them.
	ord int
	// lastSegs indexes literal last segments of call patterns ("run" of
	// "subprocess.run"); a pattern ending in "*" has none.
	reads []string
	key   *regexp.Regexp
	where []condition
	hit   ir.Hit
}

// taintRule is a rule with a taint section.
type taintRule struct {
	rule   *compiledRule
	t      *taint.Rule
	specs  []*taintSpec
	byLang map[lang.ID][]*taintSpec
	// handlerSources says whether the rule's sources include the inputs
	// of MCP handlers; sourceWords holds, per language, a word that
	// must occur in a file for one of its source specs to match there
	// (the last segment of a call or read pattern, which the source or
	// its import spells out), and sourceAnyWhere the languages where a
	// spec has no such word (a glob or a name regexp).
	handlerSources bool
	sourceWords    map[lang.ID][][]byte
	sourceAnyWhere map[lang.ID]bool
}

// mayHaveSource reports whether one of the rule's sources can be in a
// file of language l with text src; hasHandlers says whether the file
// registers MCP handlers. Fast mode only lowers files where some rule may
// have a source: a flow inside one function needs its source there.
func (tr *taintRule) mayHaveSource(l lang.ID, src []byte, hasHandlers bool) bool {
	if tr.handlerSources && hasHandlers {
		return true
	}
	if tr.sourceAnyWhere[l] {
		return true
	}
	for _, w := range tr.sourceWords[l] {
		if bytes.Contains(src, w) {
			return true
		}
	}
	return false
}

// sourceWord returns the word a file must contain for a dotted call or
// read pattern to match in it, or "" when the pattern's last segment is
// a glob.
func sourceWord(pattern string) string {
	last := pattern[strings.LastIndexByte(pattern, '.')+1:]
	if last == "" || strings.ContainsAny(last, "*?[") {
		return ""
	}
	return last
}

func (e *Engine) compileTaint(cr *compiledRule) error {
	t := cr.rule.Taint
	tr := &taintRule{rule: cr, byLang: map[lang.ID][]*taintSpec{}, sourceWords: map[lang.ID][][]byte{}, sourceAnyWhere: map[lang.ID]bool{}}
	tr.t = &taint.Rule{Index: len(e.taintRules), ID: cr.rule.ID, Sources: map[string]bool{}, KeepConstrained: t.KeepConstrained,
		AllowListGuards: t.AllowListGuards, Returns: map[string]bool{}, MCPFile: cr.rule.Gate == catalog.GateMCPFile}
	for _, s := range t.Sources {
		tr.t.Sources[s] = true
		if catalog.BuiltinSourceKinds[s] {
			tr.handlerSources = true
		}
	}
	if t.SafePrefix != "" {
		tr.t.SafePrefix = recache.MustCompile(t.SafePrefix)
	}
	if t.SafeBase != "" {
		tr.t.SafeBase = recache.MustCompile(t.SafeBase)
	}
	add := func(specs []catalog.TaintSpec, role ir.Role) error {
		for i := range specs {
			sp := &specs[i]
			if len(sp.Returns) > 0 {
				for _, k := range sp.Returns {
					tr.t.Returns[k] = true
				}
				tr.t.ReturnNote = sp.Note
				continue
			}
			ts := &taintSpec{rule: tr, role: role, index: i, reads: sp.Reads}
			for _, c := range sp.Calls {
				ts.calls = append(ts.calls, compileGlob(c))
				last := c[strings.LastIndexByte(c, '.')+1:]
				if strings.Contains(last, "*") {
					ts.anyLast = true
				} else {
					ts.lastLits = append(ts.lastLits, last)
				}
			}
			if sp.KeyMatches != "" {
				ts.key = recache.MustCompile(sp.KeyMatches)
			}
			if sp.Names != "" {
				ts.name = recache.MustCompile(sp.Names)
				ts.anyLast = true
			}
			conds, err := compileConditions(sp.Where, &e.project)
			if err != nil {
				return fmt.Errorf("%s: taint spec %d: %v", cr.rule.Path, i, err)
			}
			ts.where = conds
			ts.hit = ir.Hit{Rule: tr.t.Index, Spec: i, Role: role, Args: sp.Args, Kind: sp.Kind, Tag: sp.Tag, Note: sp.Note}
			tr.specs = append(tr.specs, ts)
			var words [][]byte
			anyWhere := sp.Names != ""
			if role == ir.RoleSource {
				for _, c := range append(append([]string(nil), sp.Calls...), sp.Reads...) {
					if w := sourceWord(c); w != "" {
						words = append(words, []byte(w))
					} else {
						anyWhere = true
					}
				}
			}
			for _, code := range sp.Languages {
				for _, l := range lang.ByCode(code) {
					tr.byLang[l.ID] = append(tr.byLang[l.ID], ts)
					if role == ir.RoleSource {
						tr.sourceWords[l.ID] = append(tr.sourceWords[l.ID], words...)
						tr.sourceAnyWhere[l.ID] = tr.sourceAnyWhere[l.ID] || anyWhere
					}
				}
			}
		}
		return nil
	}
	for _, x := range []struct {
		specs []catalog.TaintSpec
		role  ir.Role
	}{{t.SourceSpecs, ir.RoleSource}, {t.Sinks, ir.RoleSink}, {t.Sanitizers, ir.RoleSanitizer}, {t.Guards, ir.RoleGuard}, {t.Tags, ir.RoleTag}, {t.GuardThrough, ir.RoleThrough}, {t.AssumedSanitizers, ir.RoleAssumedSanitizer}} {
		if err := add(x.specs, x.role); err != nil {
			return err
		}
	}
	e.taintRules = append(e.taintRules, tr)
	cr.taint = tr
	return nil
}

// callIndex finds the call specs of one language that may match a callee,
// by the callee's last segment: most calls of a file match no spec, and
// trying every spec's patterns on each was a seventh of the fast mode's time.
type callIndex struct {
	// candidates holds, per literal last segment of the call patterns, the
	// specs with that segment and the specs of any, once each, in catalog
	// order: what specsFor tries.
	candidates map[string][]*taintSpec
	// any are the specs to try on every callee (a wildcard last segment,
	// or names), in catalog order.
	any []*taintSpec
}

// indexCalls builds the per-language call indexes once all taint rules are
// compiled.
func (e *Engine) indexCalls() {
	e.calls = map[lang.ID]*callIndex{}
	ord := 0
	for _, tr := range e.taintRules {
		for _, sp := range tr.specs {
			if len(sp.calls) == 0 && sp.name == nil {
				continue
			}
			sp.ord = ord
			ord++
		}
		for id, specs := range tr.byLang {
			ix := e.calls[id]
			if ix == nil {
				ix = &callIndex{candidates: map[string][]*taintSpec{}}
				e.calls[id] = ix
			}
			for _, sp := range specs {
				if len(sp.calls) == 0 && sp.name == nil {
					continue
				}
				if sp.anyLast {
					ix.any = append(ix.any, sp)
				}
				for _, l := range sp.lastLits {
					ix.candidates[l] = append(ix.candidates[l], sp)
				}
			}
		}
	}
	byOrd := func(specs []*taintSpec) []*taintSpec {
		sort.Slice(specs, func(i, j int) bool { return specs[i].ord < specs[j].ord })
		return slices.Compact(specs)
	}
	for _, ix := range e.calls {
		ix.any = byOrd(ix.any)
		for l, specs := range ix.candidates {
			ix.candidates[l] = byOrd(append(specs, ix.any...))
		}
	}
}

// annotator answers ir.Annotator for one file with the active taint rules.
type annotator struct {
	facts  *fileFacts
	specs  []*taintSpec
	active []bool
	calls  *callIndex
	// callees remembers, per callee text, the specs whose call patterns
	// match it (the worker's, for the file's language): the same callees
	// recur in every file, and matching the patterns was most of the
	// lowering time.
	callees map[string][]*taintSpec
}

// maxCallees bounds a worker's memo of callee matches per language.
const maxCallees = 1 << 12

func (e *Engine) newAnnotator(w *Worker, facts *fileFacts, active []bool) *annotator {
	a := &annotator{facts: facts, active: active, calls: e.calls[facts.lang.ID]}
	if w != nil {
		if w.callees == nil {
			w.callees = map[lang.ID]map[string][]*taintSpec{}
		}
		m := w.callees[facts.lang.ID]
		if m == nil || len(m) > maxCallees {
			m = map[string][]*taintSpec{}
			w.callees[facts.lang.ID] = m
		}
		a.callees = m
	}
	for _, tr := range e.taintRules {
		if active != nil && !active[tr.rule.index] {
			continue
		}
		a.specs = append(a.specs, tr.byLang[facts.lang.ID]...)
	}
	return a
}

// specsFor returns the call specs whose patterns match callee, in catalog
// order, whatever their rule.
func (a *annotator) specsFor(callee string) []*taintSpec {
	if got, ok := a.callees[callee]; ok {
		return got
	}
	last := callee[strings.LastIndexByte(callee, '.')+1:]
	cands, ok := a.calls.candidates[last]
	if !ok {
		cands = a.calls.any
	}
	var out []*taintSpec
	for _, sp := range cands {
		matched := false
		for _, g := range sp.calls {
			if g.match(callee) {
				matched = true
				break
			}
		}
		if !matched && sp.name != nil {
			matched = last != "" && sp.name.MatchString(last)
		}
		if matched {
			out = append(out, sp)
		}
	}
	if a.callees != nil {
		a.callees[callee] = out
	}
	return out
}

func (a *annotator) CallHits(call *sitter.Node, callee string) []ir.Hit {
	if a.calls == nil {
		return nil
	}
	var out []ir.Hit
	for _, sp := range a.specsFor(callee) {
		if a.active != nil && !a.active[sp.rule.rule.index] {
			continue
		}
		if len(sp.where) > 0 {
			mc := matchContext{src: a.facts.src, imports: a.facts.imports, facts: a.facts, caps: map[string][]sitter.Node{"call": {*call}}}
			if !mc.all(sp.where) {
				continue
			}
		}
		out = append(out, sp.hit)
	}
	return out
}

func (a *annotator) ReadHits(n *sitter.Node, path string) []ir.Hit {
	var out []ir.Hit
	if path == "" {
		return nil
	}
	// Resolve the head through imports: import os as o; o.environ.X.
	parts := strings.SplitN(path, ".", 2)
	if im, ok := a.facts.imports.Lookup(parts[0]); ok {
		parts[0] = im.Target()
	}
	full := strings.Join(parts, ".")
	for _, sp := range a.specs {
		if sp.role != ir.RoleSource || len(sp.reads) == 0 {
			continue
		}
		for _, r := range sp.reads {
			key := ""
			switch {
			case full == r:
			case strings.HasPrefix(full, r+"."):
				key = strings.SplitN(full[len(r)+1:], ".", 2)[0]
			default:
				continue
			}
			if sp.key != nil && !sp.key.MatchString(key) {
				continue
			}
			if sp.key != nil && key == "" {
				continue
			}
			h := sp.hit
			if h.Note == "" {
				h.Note = full
			}
			out = append(out, h)
			break
		}
	}
	return out
}
