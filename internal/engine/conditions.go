package engine

import (
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// A condition is a compiled catalog.Condition. The kinds are the engine's
// general capabilities beyond a tree-sitter query; docs/matchers.md lists
// them for rule authors.
type condition struct {
	capture string
	kind    condKind
	re      *regexp.Regexp
	names   []*regexp.Regexp
	modules []string
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
	condNot
	condAny
)

func compileConditions(cs []catalog.Condition) ([]condition, error) {
	out := make([]condition, 0, len(cs))
	for i := range cs {
		c, err := compileCondition(&cs[i])
		if err != nil {
			return nil, fmt.Errorf("where[%d]: %v", i, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func compileCondition(c *catalog.Condition) (condition, error) {
	out := condition{capture: c.Capture}
	var err error
	switch {
	case c.Matches != "":
		out.kind = condMatches
		out.re, err = regexp.Compile(c.Matches)
	case c.NotMatches != "":
		out.kind = condNotMatches
		out.re, err = regexp.Compile(c.NotMatches)
	case c.LineMatches != "":
		out.kind = condLineMatches
		out.re, err = regexp.Compile(c.LineMatches)
	case c.LineNotMatches != "":
		out.kind = condLineNotMatches
		out.re, err = regexp.Compile(c.LineNotMatches)
	case len(c.ResolvesTo) > 0:
		out.kind = condResolvesTo
		for _, n := range c.ResolvesTo {
			out.names = append(out.names, globToRegexp(n))
		}
	case len(c.FileImports) > 0:
		out.kind = condFileImports
		out.modules = c.FileImports
	case c.Not != nil:
		out.kind = condNot
		inner, ierr := compileCondition(c.Not)
		if ierr != nil {
			return out, ierr
		}
		out.not = &inner
	case len(c.Any) > 0:
		out.kind = condAny
		for i := range c.Any {
			inner, ierr := compileCondition(&c.Any[i])
			if ierr != nil {
				return out, ierr
			}
			out.any = append(out.any, inner)
		}
	default:
		return out, fmt.Errorf("condition has no test")
	}
	return out, err
}

// globToRegexp turns a qualified-name pattern into an anchored regexp: "*"
// matches one or more characters, anything else is literal.
func globToRegexp(g string) *regexp.Regexp {
	parts := strings.Split(g, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile("^" + strings.Join(parts, ".+") + "$")
}

// matchContext is what conditions may look at: the file and the match's
// captures.
type matchContext struct {
	src     *lang.Source
	imports *lang.Imports
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
	}
	nodes := m.caps[c.capture]
	switch c.kind {
	case condMatches:
		for i := range nodes {
			if c.re.MatchString(m.src.Text(&nodes[i])) {
				return true
			}
		}
		return false
	case condNotMatches:
		for i := range nodes {
			if c.re.MatchString(m.src.Text(&nodes[i])) {
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
		return c.re.MatchString(line) == want
	case condResolvesTo:
		for i := range nodes {
			q := lang.QualifiedName(&nodes[i], m.src, m.imports)
			for _, re := range c.names {
				if re.MatchString(q) {
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
