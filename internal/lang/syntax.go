package lang

import (
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// functionKinds are the node kinds that start a new function scope.
var functionKinds = map[ID]map[string]bool{
	Python:     {"function_definition": true, "lambda": true},
	JavaScript: jsFunctionKinds,
	TypeScript: jsFunctionKinds,
	TSX:        jsFunctionKinds,
	Go:         {"function_declaration": true, "method_declaration": true, "func_literal": true},
}

var jsFunctionKinds = map[string]bool{
	"function_declaration": true, "function_expression": true, "function": true, "arrow_function": true,
	"method_definition": true, "generator_function_declaration": true, "generator_function": true,
}

// IsFunction reports whether n starts a function scope.
func (l *Language) IsFunction(n *sitter.Node) bool {
	ids := l.functionSymbols()
	k := int(n.KindId())
	return k < len(ids) && ids[k]
}

// functionSymbols marks the grammar's symbols whose type is a function kind:
// comparing a node's symbol costs no string, and the scope of a node is
// found by asking it of every ancestor.
func (l *Language) functionSymbols() []bool {
	l.funcOnce.Do(func() {
		n := l.grammar.NodeKindCount()
		l.funcSyms = make([]bool, n)
		for id := uint32(0); id < n; id++ {
			if functionKinds[l.ID][l.grammar.NodeKindForId(uint16(id))] {
				l.funcSyms[id] = true
			}
		}
	})
	return l.funcSyms
}

// EnclosingFunction returns the innermost function containing n (n itself
// excluded), or nil at module scope.
func (l *Language) EnclosingFunction(n *sitter.Node) *sitter.Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if l.IsFunction(p) {
			return p
		}
	}
	return nil
}

// Param is one declared parameter of a function.
type Param struct {
	// Names are the identifiers the parameter binds (several for a
	// destructuring pattern such as `({ path, cmd })`).
	Names []string
	// Type is the declared type's text, or "".
	Type string
	// Index is the parameter's position.
	Index int
	// Start is the byte offset of the parameter in the file.
	Start int
	// Variadic parameters take every remaining positional argument:
	// Python *args, JS ...rest, Go xs ...T.
	Variadic bool
}

// Params returns a function's parameters.
func (l *Language) Params(fn *sitter.Node, src *Source) []Param {
	var out []Param
	params := fn.ChildByFieldName("parameters")
	if params == nil {
		// JS `x => …` has a single `parameter` field.
		if p := fn.ChildByFieldName("parameter"); p != nil {
			return []Param{{Names: BoundNames(p, src), Index: 0, Start: int(p.StartByte())}}
		}
		return nil
	}
	idx := 0
	for i := uint(0); i < params.NamedChildCount(); i++ {
		p := params.NamedChild(i)
		if p.Kind() == "comment" {
			continue
		}
		switch l.ID {
		case Python:
			pp := pythonParam(p, src, idx)
			pp.Start = int(p.StartByte())
			pp.Variadic = p.Kind() == "list_splat_pattern"
			out = append(out, pp)
		case Go:
			// `a, b string` declares several names with one type.
			typ := ""
			if t := p.ChildByFieldName("type"); t != nil {
				typ = src.Text(t)
			}
			names := []string{}
			for j := uint(0); j < p.NamedChildCount(); j++ {
				c := p.NamedChild(j)
				if c.Kind() == "identifier" {
					names = append(names, src.Text(c))
				}
			}
			if len(names) == 0 {
				names = []string{""}
			}
			for _, n := range names {
				out = append(out, Param{Names: []string{n}, Type: typ, Index: idx, Start: int(p.StartByte()), Variadic: p.Kind() == "variadic_parameter_declaration"})
				idx++
			}
			continue
		default:
			pat := p
			if pt := p.ChildByFieldName("pattern"); pt != nil {
				pat = pt
			}
			typ := ""
			if t := p.ChildByFieldName("type"); t != nil {
				typ = strings.TrimPrefix(strings.TrimSpace(src.Text(t)), ":")
			}
			out = append(out, Param{Names: BoundNames(pat, src), Type: strings.TrimSpace(typ), Index: idx, Start: int(p.StartByte()),
				Variadic: p.Kind() == "rest_pattern" || pat.Kind() == "rest_pattern"})
		}
		idx++
	}
	return out
}

func pythonParam(p *sitter.Node, src *Source, idx int) Param {
	typ := ""
	if t := p.ChildByFieldName("type"); t != nil {
		typ = src.Text(t)
	}
	switch p.Kind() {
	case "identifier":
		return Param{Names: []string{src.Text(p)}, Index: idx}
	case "default_parameter", "typed_default_parameter":
		if n := p.ChildByFieldName("name"); n != nil {
			return Param{Names: []string{src.Text(n)}, Type: typ, Index: idx}
		}
	}
	// typed_parameter, list_splat_pattern, dictionary_splat_pattern: the
	// first identifier child is the name.
	for i := uint(0); i < p.NamedChildCount(); i++ {
		if c := p.NamedChild(i); c.Kind() == "identifier" {
			return Param{Names: []string{src.Text(c)}, Type: typ, Index: idx}
		}
	}
	return Param{Index: idx, Type: typ}
}

// BoundNames returns the identifiers a binding pattern introduces:
// `x`, `{ a, b: c }`, `[x, ...rest]`, `(a, b)`, `x = default`.
func BoundNames(pat *sitter.Node, src *Source) []string {
	var out []string
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if depth > 20 {
			return
		}
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier_pattern":
			out = append(out, src.Text(n))
			return
		case "pair_pattern":
			if v := n.ChildByFieldName("value"); v != nil {
				walk(v, depth+1)
			}
			return
		case "assignment_pattern", "object_assignment_pattern":
			if left := n.ChildByFieldName("left"); left != nil {
				walk(left, depth+1)
			}
			return
		}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			// Type annotations name types, not bindings.
			if strings.Contains(c.Kind(), "type") {
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(pat, 0)
	return out
}

// Assignment is one binding inside a function: names on the left, the
// value expression on the right.
type Assignment struct {
	Names []string
	Value *sitter.Node
}

// assignmentKinds are the node kinds Assignments reads, per language.
var assignmentKinds = map[ID][]string{
	Python:     {"assignment", "augmented_assignment", "for_statement", "for_in_clause", "named_expression", "with_item"},
	Go:         {"short_var_declaration", "assignment_statement", "var_spec", "const_spec", "range_clause"},
	JavaScript: jsAssignmentKinds,
	TypeScript: jsAssignmentKinds,
	TSX:        jsAssignmentKinds,
}

var jsAssignmentKinds = []string{"variable_declarator", "assignment_expression", "augmented_assignment_expression", "for_in_statement"}

// Assignments lists the bindings made anywhere inside n (a function body
// or a whole file): assignments, declarations, augmented assignments, and
// loop variables bound from an iterable (`for x in xs`, `for (const x of
// xs)`, `for _, x := range xs`).
func (l *Language) Assignments(n *sitter.Node, src *Source) []Assignment {
	var out []Assignment
	nodes := l.NodesOfKind(n, src.Bytes, assignmentKinds[l.ID]...)
	for i := range nodes {
		if a, ok := l.assignment(&nodes[i], src); ok {
			out = append(out, a)
		}
	}
	return out
}

// ScopedAssignment is an assignment and the innermost function around it
// (nil at module scope): what EnclosingFunction(Value) returns.
type ScopedAssignment struct {
	Assignment
	Scope *sitter.Node
}

// ScopedAssignments lists the bindings of the whole file, as Assignments
// does, each with its scope. One query finds the assignments and the
// functions in document order, and a stack of the open functions gives
// each assignment its scope: asking EnclosingFunction of every value
// walks its ancestors one cgo call at a time.
func (l *Language) ScopedAssignments(root *sitter.Node, src *Source) []ScopedAssignment {
	var kinds []string
	kinds = append(kinds, assignmentKinds[l.ID]...)
	for k := range functionKinds[l.ID] {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds[len(assignmentKinds[l.ID]):]) // one query per language, whatever the map's order
	var out []ScopedAssignment
	var open []*sitter.Node
	nodes := l.NodesOfKind(root, src.Bytes, kinds...)
	for i := range nodes {
		n := &nodes[i]
		start := n.StartByte()
		for len(open) > 0 && open[len(open)-1].EndByte() <= start {
			open = open[:len(open)-1]
		}
		if l.IsFunction(n) {
			open = append(open, n)
			continue
		}
		a, ok := l.assignment(n, src)
		if !ok {
			continue
		}
		sa := ScopedAssignment{Assignment: a}
		if len(open) > 0 {
			sa.Scope = open[len(open)-1]
		}
		out = append(out, sa)
	}
	return out
}

// assignment reads the binding a node of one of assignmentKinds makes.
func (l *Language) assignment(node *sitter.Node, src *Source) (Assignment, bool) {
	switch l.ID {
	case Python:
		switch node.Kind() {
		case "assignment", "augmented_assignment":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		case "for_statement", "for_in_clause":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		case "named_expression":
			name, value := node.ChildByFieldName("name"), node.ChildByFieldName("value")
			if name != nil && value != nil {
				return Assignment{Names: []string{src.Text(name)}, Value: value}, true
			}
		case "with_item":
			if v := node.ChildByFieldName("value"); v != nil && v.Kind() == "as_pattern" {
				if alias := v.ChildByFieldName("alias"); alias != nil && v.NamedChildCount() > 0 {
					return Assignment{Names: BoundNames(alias, src), Value: v.NamedChild(0)}, true
				}
			}
		}
	case Go:
		switch node.Kind() {
		case "short_var_declaration", "assignment_statement":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		case "var_spec", "const_spec":
			value := node.ChildByFieldName("value")
			if value != nil {
				var names []string
				for i := uint(0); i < node.NamedChildCount(); i++ {
					if c := node.NamedChild(i); c.Kind() == "identifier" {
						names = append(names, src.Text(c))
					}
				}
				return Assignment{Names: names, Value: value}, true
			}
		case "range_clause":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		}
	default:
		switch node.Kind() {
		case "variable_declarator":
			name, value := node.ChildByFieldName("name"), node.ChildByFieldName("value")
			if name != nil && value != nil {
				return Assignment{Names: BoundNames(name, src), Value: value}, true
			}
		case "assignment_expression", "augmented_assignment_expression":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil && (left.Kind() == "identifier" || strings.HasSuffix(left.Kind(), "pattern")) {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		case "for_in_statement":
			left, right := node.ChildByFieldName("left"), node.ChildByFieldName("right")
			if left != nil && right != nil {
				return Assignment{Names: BoundNames(left, src), Value: right}, true
			}
		}
	}
	return Assignment{}, false
}

// Identifiers returns the variable references inside n: identifiers that
// are not attribute or property names, keyword-argument names or object
// keys.
func (l *Language) Identifiers(n *sitter.Node, src *Source) []string {
	var out []string
	var walk func(node *sitter.Node, depth int)
	walk = func(node *sitter.Node, depth int) {
		if depth > 200 {
			return
		}
		if node.Kind() == "identifier" {
			out = append(out, src.Text(node))
			return
		}
		if node.Kind() == "shorthand_property_identifier" { // JS { path }
			out = append(out, src.Text(node))
			return
		}
		for i := uint(0); i < node.NamedChildCount(); i++ {
			c := node.NamedChild(i)
			field := node.FieldNameForNamedChild(uint32(i))
			switch {
			case node.Kind() == "attribute" && field == "attribute":
				continue // Python a.b: b is a name, not a variable
			case node.Kind() == "keyword_argument" && field == "name":
				continue
			case node.Kind() == "pair" && field == "key":
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}
