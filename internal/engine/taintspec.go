package engine

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/taint"
)

// taintSpec is a compiled catalog.TaintSpec.
type taintSpec struct {
	rule  *taintRule
	role  ir.Role
	index int
	calls []*regexp.Regexp
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
}

func (e *Engine) compileTaint(cr *compiledRule) error {
	t := cr.rule.Taint
	tr := &taintRule{rule: cr, byLang: map[lang.ID][]*taintSpec{}}
	tr.t = &taint.Rule{Index: len(e.taintRules), ID: cr.rule.ID, Sources: map[string]bool{}, KeepConstrained: t.KeepConstrained,
		AllowListGuards: t.AllowListGuards, Returns: map[string]bool{}, MCPFile: cr.rule.Gate == catalog.GateMCPFile}
	for _, s := range t.Sources {
		tr.t.Sources[s] = true
	}
	if t.SafePrefix != "" {
		tr.t.SafePrefix = regexp.MustCompile(t.SafePrefix)
	}
	if t.SafeBase != "" {
		tr.t.SafeBase = regexp.MustCompile(t.SafeBase)
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
				ts.calls = append(ts.calls, globToRegexp(c))
				last := c[strings.LastIndexByte(c, '.')+1:]
				if strings.Contains(last, "*") {
					ts.anyLast = true
				} else {
					ts.lastLits = append(ts.lastLits, last)
				}
			}
			if sp.KeyMatches != "" {
				ts.key = regexp.MustCompile(sp.KeyMatches)
			}
			if sp.Names != "" {
				ts.name = regexp.MustCompile(sp.Names)
				ts.anyLast = true
			}
			conds, err := compileConditions(sp.Where, &e.project)
			if err != nil {
				return fmt.Errorf("%s: taint spec %d: %v", cr.rule.Path, i, err)
			}
			ts.where = conds
			ts.hit = ir.Hit{Rule: tr.t.Index, Spec: i, Role: role, Args: sp.Args, Kind: sp.Kind, Tag: sp.Tag, Note: sp.Note}
			tr.specs = append(tr.specs, ts)
			for _, code := range sp.Languages {
				for _, l := range lang.ByCode(code) {
					tr.byLang[l.ID] = append(tr.byLang[l.ID], ts)
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
	return nil
}

// callIndex finds the call specs of one language that may match a callee,
// by the callee's last segment: most calls of a file match no spec, and
// trying every spec's patterns on each was a seventh of the fast mode's time.
type callIndex struct {
	byLast map[string][]*taintSpec
	any    []*taintSpec
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
				ix = &callIndex{byLast: map[string][]*taintSpec{}}
				e.calls[id] = ix
			}
			for _, sp := range specs {
				if len(sp.calls) == 0 && sp.name == nil {
					continue
				}
				if sp.anyLast {
					ix.any = append(ix.any, sp)
				}
				seen := map[string]bool{}
				for _, l := range sp.lastLits {
					if !seen[l] {
						seen[l] = true
						ix.byLast[l] = append(ix.byLast[l], sp)
					}
				}
			}
		}
	}
}

// annotator answers ir.Annotator for one file with the active taint rules.
type annotator struct {
	facts  *fileFacts
	specs  []*taintSpec
	active []bool
	calls  *callIndex
}

func (e *Engine) newAnnotator(facts *fileFacts, active []bool) *annotator {
	a := &annotator{facts: facts, active: active, calls: e.calls[facts.lang.ID]}
	for _, tr := range e.taintRules {
		if active != nil && !active[tr.rule.index] {
			continue
		}
		a.specs = append(a.specs, tr.byLang[facts.lang.ID]...)
	}
	return a
}

func (a *annotator) CallHits(call *sitter.Node, callee string) []ir.Hit {
	if a.calls == nil {
		return nil
	}
	last := callee[strings.LastIndexByte(callee, '.')+1:]
	cands := a.calls.byLast[last]
	if len(a.calls.any) > 0 {
		cands = append(append([]*taintSpec(nil), cands...), a.calls.any...)
		sort.Slice(cands, func(i, j int) bool { return cands[i].ord < cands[j].ord })
	}
	var out []ir.Hit
	for i, sp := range cands {
		if i > 0 && cands[i-1] == sp {
			continue
		}
		if a.active != nil && !a.active[sp.rule.rule.index] {
			continue
		}
		matched := false
		for _, re := range sp.calls {
			if re.MatchString(callee) {
				matched = true
				break
			}
		}
		if !matched && sp.name != nil {
			name := callee
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			matched = name != "" && sp.name.MatchString(name)
		}
		if !matched {
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
