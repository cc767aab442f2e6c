package engine

import (
	"fmt"
	"regexp"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/prefilter"
	"github.com/mcpsafe/mcpsafe/internal/recache"
)

// A condition is a compiled catalog.Condition. The kinds are the engine's
// general capabilities beyond a tree-sitter query; docs/matchers.md lists
// them for rule authors.
type condition struct {
	capture string
	kind    condKind
	re      *regexp.Regexp
	// m answers re on captured texts (see prefilter.Matcher).
	m       *prefilter.Matcher
	names   []glob
	modules []string
	arg     string
	want    bool
	kinds   map[string]bool
	// project is the index of a project regexp (project conditions), or
	// of a file_matches expression.
	project int
	not     *condition
	any     []condition
}

type condKind int

const (
	condMatches condKind = iota
	condNotMatches
	condLineMatches
	condLineNotMatches
	condResolvesTo
	condFileImports
	condHasArg
	condHasArgDefinitely
	condArgMatches
	condValueMatches
	condConstant
	condFileMatches
	condFunctionMatches
	condBeforeMatches
	condHandlerMatches
	condInHandler
	condToolInput
	condModuleScope
	condProjectLacks
	condProjectHas
	condNot
	condAny
)

func compileConditions(cs []catalog.Condition, proj *projectRegexps) ([]condition, error) {
	out := make([]condition, 0, len(cs))
	for i := range cs {
		c, err := compileCondition(&cs[i], proj, true)
		if err != nil {
			return nil, fmt.Errorf("where[%d]: %v", i, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func compileCondition(c *catalog.Condition, proj *projectRegexps, top bool) (condition, error) {
	out := condition{capture: c.Capture}
	var err error
	switch {
	case c.ProjectLacks != "" || c.ProjectHas != "":
		if !top {
			return out, fmt.Errorf("project_lacks and project_has are only allowed at the top level of where, not inside not or any")
		}
		out.kind, out.want = condProjectHas, true
		expr := c.ProjectHas
		if c.ProjectLacks != "" {
			out.kind, out.want, expr = condProjectLacks, false, c.ProjectLacks
		}
		out.project, err = proj.add(expr)
	case c.HasArg != "":
		out.kind, out.arg = condHasArg, c.HasArg
	case c.HasArgDefinitely != "":
		out.kind, out.arg = condHasArgDefinitely, c.HasArgDefinitely
	case c.ArgMatches != nil:
		out.kind, out.arg = condArgMatches, c.ArgMatches.Name
		out.re, err = recache.Compile(c.ArgMatches.Regex)
	case c.ValueMatches != "":
		out.kind = condValueMatches
		out.re, err = recache.Compile(c.ValueMatches)
	case c.Constant != nil:
		out.kind, out.want = condConstant, *c.Constant
	case c.FileMatches != "":
		out.kind = condFileMatches
		out.project, out.re, err = proj.addFile(c.FileMatches)
	case c.FunctionMatches != "":
		out.kind = condFunctionMatches
		out.re, err = recache.Compile(c.FunctionMatches)
	case c.BeforeMatches != "":
		out.kind = condBeforeMatches
		out.re, err = recache.Compile(c.BeforeMatches)
	case c.HandlerMatches != "":
		out.kind = condHandlerMatches
		out.re, err = recache.Compile(c.HandlerMatches)
	case len(c.InHandler) > 0:
		out.kind, out.kinds = condInHandler, map[string]bool{}
		for _, k := range c.InHandler {
			out.kinds[k] = true
		}
	case c.ToolInput != nil:
		out.kind, out.want = condToolInput, *c.ToolInput
	case c.ModuleScope != nil:
		out.kind, out.want = condModuleScope, *c.ModuleScope
	case c.Matches != "":
		out.kind = condMatches
		out.re, err = recache.Compile(c.Matches)
	case c.NotMatches != "":
		out.kind = condNotMatches
		out.re, err = recache.Compile(c.NotMatches)
	case c.LineMatches != "":
		out.kind = condLineMatches
		out.re, err = recache.Compile(c.LineMatches)
	case c.LineNotMatches != "":
		out.kind = condLineNotMatches
		out.re, err = recache.Compile(c.LineNotMatches)
	case len(c.ResolvesTo) > 0:
		out.kind = condResolvesTo
		for _, n := range c.ResolvesTo {
			out.names = append(out.names, compileGlob(n))
		}
	case len(c.FileImports) > 0:
		out.kind = condFileImports
		out.modules = c.FileImports
	case c.Not != nil:
		out.kind = condNot
		inner, ierr := compileCondition(c.Not, proj, false)
		if ierr != nil {
			return out, ierr
		}
		out.not = &inner
	case len(c.Any) > 0:
		out.kind = condAny
		for i := range c.Any {
			inner, ierr := compileCondition(&c.Any[i], proj, false)
			if ierr != nil {
				return out, ierr
			}
			out.any = append(out.any, inner)
		}
	default:
		return out, fmt.Errorf("condition has no test")
	}
	if out.re != nil {
		out.m = prefilter.NewMatcher(out.re)
	}
	return out, err
}

// matchContext is what conditions may look at: the file and the match's
// captures.
type matchContext struct {
	src     *lang.Source
	imports *lang.Imports
	facts   *fileFacts
	caps    map[string][]sitter.Node
}

func (m *matchContext) eval(c *condition) bool {
	switch c.kind {
	case condNot:
		return !m.eval(c.not)
	case condAny:
		for i := range c.any {
			if m.eval(&c.any[i]) {
				return true
			}
		}
		return false
	case condFileImports:
		return m.imports.HasModule(c.modules)
	case condFileMatches:
		return m.facts.fileMatches(c.project, c.re)
	case condProjectLacks, condProjectHas:
		// Decided once the project is read (see requirements).
		return true
	}
	nodes := m.caps[c.capture]
	switch c.kind {
	case condMatches:
		for i := range nodes {
			if c.m.MatchString(m.src.NodeView(&nodes[i])) {
				return true
			}
		}
		return false
	case condNotMatches:
		for i := range nodes {
			if c.m.MatchString(m.src.NodeView(&nodes[i])) {
				return false
			}
		}
		return true
	case condLineMatches, condLineNotMatches:
		want := c.kind == condLineMatches
		if len(nodes) == 0 {
			return !want
		}
		line := m.src.Line(lang.LineOfNode(&nodes[0]))
		return c.m.MatchString(line) == want
	case condHasArg, condHasArgDefinitely, condArgMatches:
		for i := range nodes {
			v, ok, unknown := m.facts.argument(&nodes[i], c.arg)
			if c.kind == condHasArg && (ok || unknown) {
				return true
			}
			if c.kind == condHasArgDefinitely && ok {
				return true
			}
			if c.kind == condArgMatches && ok && v != nil && c.m.MatchString(m.facts.valueText(v)) {
				return true
			}
		}
		return false
	case condValueMatches:
		for i := range nodes {
			if c.m.MatchString(m.facts.valueText(&nodes[i])) {
				return true
			}
		}
		return false
	case condConstant:
		if len(nodes) == 0 {
			return false
		}
		return m.facts.isConstant(&nodes[0], 0) == c.want
	case condFunctionMatches, condBeforeMatches:
		if len(nodes) == 0 {
			return false
		}
		text, start := m.facts.functionText(&nodes[0])
		if c.kind == condBeforeMatches {
			if cut := int(nodes[0].StartByte()) - start; cut >= 0 && cut <= len(text) {
				text = text[:cut]
			}
			return c.m.MatchString(text)
		}
		return m.facts.textMatches(c.m, start, text)
	case condHandlerMatches, condInHandler:
		if len(nodes) == 0 {
			return false
		}
		h := m.facts.enclosingHandler(&nodes[0])
		if h == nil {
			return false
		}
		if c.kind == condInHandler {
			return c.kinds["any"] || c.kinds[string(h.Kind)]
		}
		return m.facts.textMatches(c.m, int(h.Func.StartByte()), m.src.NodeView(&h.Func))
	case condToolInput:
		for i := range nodes {
			if m.facts.fromInput(&nodes[i]) {
				return c.want
			}
		}
		return !c.want
	case condModuleScope:
		if len(nodes) == 0 {
			return false
		}
		k, _ := m.facts.scopeOf(&nodes[0])
		return (k == -1) == c.want
	case condResolvesTo:
		for i := range nodes {
			q := lang.QualifiedName(&nodes[i], m.src, m.imports)
			for _, g := range c.names {
				if g.match(q) {
					return true
				}
			}
		}
		return false
	}
	return false
}

func (m *matchContext) all(cs []condition) bool {
	for i := range cs {
		if !m.eval(&cs[i]) {
			return false
		}
	}
	return true
}
