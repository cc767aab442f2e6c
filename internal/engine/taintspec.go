package engine

import (
	"fmt"
	"regexp"
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
			}
			if sp.KeyMatches != "" {
				ts.key = regexp.MustCompile(sp.KeyMatches)
			}
			if sp.Names != "" {
				ts.name = regexp.MustCompile(sp.Names)
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

// annotator answers ir.Annotator for one file with the active taint rules.
type annotator struct {
	facts *fileFacts
	specs []*taintSpec
}

func (e *Engine) newAnnotator(facts *fileFacts, active []bool) *annotator {
	a := &annotator{facts: facts}
	for _, tr := range e.taintRules {
		if active != nil && !active[tr.rule.index] {
			continue
		}
		a.specs = append(a.specs, tr.byLang[facts.lang.ID]...)
	}
	return a
}

func (a *annotator) CallHits(call *sitter.Node, callee string) []ir.Hit {
	var out []ir.Hit
	for _, sp := range a.specs {
		if len(sp.calls) == 0 && sp.name == nil {
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
