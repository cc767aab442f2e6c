package toolmodel

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// maxDefinitions bounds the definitions taken from one file.
const maxDefinitions = 5000

// extractor holds what extraction needs about one parsed file.
type extractor struct {
	l        *lang.Language
	code     string // py, js, ts, go
	src      *lang.Source
	root     *sitter.Node
	imports  *lang.Imports
	file     string
	handlers *mcpctx.Handlers
	model    *Model
	// consts maps module-level names bound once to their value node.
	consts map[string]*sitter.Node
	// used marks definition nodes already turned into tools.
	used map[uint]bool
}

// Extract builds the tool model of an MCP-context source file from its
// syntax tree and handler model (handlers may be nil).
func Extract(l *lang.Language, root *sitter.Node, src *lang.Source, imports *lang.Imports, handlers *mcpctx.Handlers, file string) *Model {
	x := &extractor{l: l, code: l.Code, src: src, root: root, imports: imports, file: file, handlers: handlers,
		model: &Model{File: file}, used: map[uint]bool{}}
	if x.handlers == nil {
		x.handlers = &mcpctx.Handlers{}
	}
	x.consts = x.moduleConstants()
	switch l.Code {
	case "py":
		x.python()
	case "js", "ts":
		x.javascript()
	case "go":
		x.golang()
	}
	if len(x.model.Tools) > maxDefinitions {
		x.model.Tools = x.model.Tools[:maxDefinitions]
	}
	x.model.sort()
	return x.model
}

func (x *extractor) textOf(n *sitter.Node) string { return x.src.Text(n) }

func (x *extractor) span(n *sitter.Node) Span {
	return makeSpan(x.file, x.src, int(n.StartByte()), int(n.EndByte()))
}

func (x *extractor) spanPtr(n *sitter.Node) *Span {
	s := x.span(n)
	return &s
}

// walk visits every node under n (pre-order); visit returns false to skip
// a subtree.
func walk(n *sitter.Node, visit func(n *sitter.Node) bool) { walkDepth(n, visit, 0) }

// eachOfKind calls visit for every node of the given kinds in the file,
// in document order (one query in C instead of a walk from Go).
func (x *extractor) eachOfKind(visit func(n *sitter.Node), kinds ...string) {
	nodes := x.l.NodesOfKind(x.root, x.src.Bytes, kinds...)
	for i := range nodes {
		visit(&nodes[i])
	}
}

func walkDepth(n *sitter.Node, visit func(n *sitter.Node) bool, depth int) {
	if n == nil || depth > 400 || !visit(n) {
		return
	}
	for i := uint(0); i < n.NamedChildCount(); i++ {
		walkDepth(n.NamedChild(i), visit, depth+1)
	}
}

// moduleConstants indexes names bound exactly once at module level (or,
// in Go, in package-level const/var declarations).
func (x *extractor) moduleConstants() map[string]*sitter.Node {
	out := map[string]*sitter.Node{}
	count := map[string]int{}
	bind := func(name string, v *sitter.Node) {
		count[name]++
		if v != nil {
			out[name] = v
		}
	}
	for i := uint(0); i < x.root.NamedChildCount(); i++ {
		st := x.root.NamedChild(i)
		switch x.code {
		case "py":
			if st.Kind() == "expression_statement" && st.NamedChildCount() > 0 {
				a := st.NamedChild(0)
				if a.Kind() == "assignment" {
					l, r := a.ChildByFieldName("left"), a.ChildByFieldName("right")
					if l != nil && l.Kind() == "identifier" {
						bind(x.textOf(l), r)
					}
				}
			}
		case "js", "ts":
			decl := st
			if st.Kind() == "export_statement" {
				if d := st.ChildByFieldName("declaration"); d != nil {
					decl = d
				}
			}
			if decl.Kind() == "lexical_declaration" || decl.Kind() == "variable_declaration" {
				for j := uint(0); j < decl.NamedChildCount(); j++ {
					d := decl.NamedChild(j)
					if d.Kind() != "variable_declarator" {
						continue
					}
					if nm := d.ChildByFieldName("name"); nm != nil && nm.Kind() == "identifier" {
						bind(x.textOf(nm), d.ChildByFieldName("value"))
					}
				}
			}
		case "go":
			if st.Kind() == "const_declaration" || st.Kind() == "var_declaration" {
				walk(st, func(n *sitter.Node) bool {
					if n.Kind() != "const_spec" && n.Kind() != "var_spec" {
						return true
					}
					vals := n.ChildByFieldName("value")
					k := 0
					for j := uint(0); j < n.NamedChildCount(); j++ {
						c := n.NamedChild(j)
						if c.Kind() == "identifier" && n.FieldNameForNamedChild(uint32(j)) == "name" {
							var v *sitter.Node
							if vals != nil && uint(k) < vals.NamedChildCount() {
								v = vals.NamedChild(uint(k))
							}
							bind(x.textOf(c), v)
							k++
						}
					}
					return false
				})
			}
		}
	}
	for k, n := range count {
		if n != 1 {
			delete(out, k)
		}
	}
	return out
}

// text reads a metadata string from an expression: a string literal, a
// concatenation of literals, a name bound to one, a template without
// substitutions, textwrap.dedent/inspect.cleandoc of one, or an array of
// literals joined with a literal separator. Anything else gives a text
// that is not Literal (its Value holds the literal parts that could be
// read) or nil.
func (x *extractor) text(n *sitter.Node) *Text {
	if n == nil {
		return nil
	}
	d, lit, ok := x.decode(n, 0)
	if !ok {
		return nil
	}
	t := NewText(d.value, x.file, x.src, int(n.StartByte()), int(n.EndByte()), d.offsets)
	t.Literal = lit
	return t
}

// decode returns the decoded value of an expression, whether it is fully
// constant, and whether any text was found.
func (x *extractor) decode(n *sitter.Node, depth int) (decoded, bool, bool) {
	if n == nil || depth > 8 {
		return decoded{}, false, false
	}
	switch n.Kind() {
	case "string", "interpreted_string_literal", "raw_string_literal", "template_string":
		code := x.code
		if code == "ts" {
			code = "js"
		}
		constant := true
		for i := uint(0); i < n.NamedChildCount(); i++ {
			switch n.NamedChild(i).Kind() {
			case "interpolation", "template_substitution":
				constant = false
			}
		}
		if x.code == "py" {
			t := x.textOf(n)
			if p := strings.IndexAny(t, `"'`); p > 0 && strings.ContainsAny(t[:p], "bB") {
				return decoded{}, false, false // bytes
			}
		}
		d, ok := decodeLiteral(x.src.Bytes, int(n.StartByte()), int(n.EndByte()), code)
		return d, constant && ok, ok
	case "concatenated_string": // Python "a" "b"
		var parts []decoded
		constant := true
		for i := uint(0); i < n.NamedChildCount(); i++ {
			d, c, ok := x.decode(n.NamedChild(i), depth+1)
			if ok {
				parts = append(parts, d)
			}
			constant = constant && c && ok
		}
		if len(parts) == 0 {
			return decoded{}, false, false
		}
		return join(parts, ""), constant, true
	case "binary_expression", "binary_operator":
		op := n.ChildByFieldName("operator")
		if op == nil || x.textOf(op) != "+" {
			return decoded{}, false, false
		}
		l, lc, lok := x.decode(n.ChildByFieldName("left"), depth+1)
		r, rc, rok := x.decode(n.ChildByFieldName("right"), depth+1)
		switch {
		case lok && rok:
			return join([]decoded{l, r}, ""), lc && rc, true
		case lok:
			return l, false, true
		case rok:
			return r, false, true
		}
	case "parenthesized_expression":
		if n.NamedChildCount() == 1 {
			return x.decode(n.NamedChild(0), depth+1)
		}
	case "identifier":
		if v, ok := x.consts[x.textOf(n)]; ok && v != nil {
			return x.decode(v, depth+1)
		}
	case "attribute", "member_expression":
		// An enum member or a constant object's property: GitTools.STATUS,
		// ToolName.ECHO, TOOLS.echo; Enum.MEMBER.value is the member.
		if v := x.member(n); v != nil {
			return x.decode(v, depth+1)
		}
		if a := n.ChildByFieldName("attribute"); a != nil && x.textOf(a) == "value" {
			if o := n.ChildByFieldName("object"); o != nil && o.Kind() == "attribute" {
				return x.decode(o, depth+1)
			}
		}
	case "call", "call_expression":
		fn := n.ChildByFieldName("function")
		args := n.ChildByFieldName("arguments")
		if fn == nil || args == nil {
			break
		}
		name := x.textOf(fn)
		switch {
		case strings.HasSuffix(name, "dedent") || strings.HasSuffix(name, "cleandoc") || name == "String" || strings.HasSuffix(name, ".TrimSpace"):
			if args.NamedChildCount() == 1 {
				return x.decode(args.NamedChild(0), depth+1)
			}
		case strings.HasSuffix(name, ".Join") && args.NamedChildCount() == 2: // strings.Join([]string{…}, sep)
			return x.joined(args.NamedChild(0), args.NamedChild(1), depth)
		}
		if fn.Kind() == "member_expression" || fn.Kind() == "attribute" {
			obj := fn.ChildByFieldName("object")
			prop := fn.ChildByFieldName("property")
			if prop == nil {
				prop = fn.ChildByFieldName("attribute")
			}
			if obj != nil && prop != nil {
				switch x.textOf(prop) {
				case "join":
					if args.NamedChildCount() <= 1 {
						if x.code == "py" { // "\n".join([...])
							if args.NamedChildCount() == 1 {
								return x.joined(args.NamedChild(0), obj, depth)
							}
						} else { // [...].join("\n")
							var sep *sitter.Node
							if args.NamedChildCount() == 1 {
								sep = args.NamedChild(0)
							}
							return x.joined(obj, sep, depth)
						}
					}
				case "strip", "trim", "trimStart", "trimEnd", "lstrip", "rstrip":
					return x.decode(obj, depth+1)
				}
			}
		}
	case "composite_literal", "argument_list":
	}
	return decoded{}, false, false
}

// member resolves Obj.Name where Obj is a class (Python enum or constants
// class), a TypeScript enum or a constant object of the file, to the value
// node bound to Name.
func (x *extractor) member(n *sitter.Node) *sitter.Node {
	obj := n.ChildByFieldName("object")
	attr := n.ChildByFieldName("attribute")
	if attr == nil {
		attr = n.ChildByFieldName("property")
	}
	if obj == nil || attr == nil || obj.Kind() != "identifier" {
		return nil
	}
	owner, name := x.textOf(obj), x.textOf(attr)
	var found *sitter.Node
	for i := uint(0); i < x.root.NamedChildCount() && found == nil; i++ {
		st := x.root.NamedChild(i)
		if st.Kind() == "export_statement" {
			if d := st.ChildByFieldName("declaration"); d != nil {
				st = d
			}
		}
		switch st.Kind() {
		case "class_definition": // Python
			if nm := st.ChildByFieldName("name"); nm == nil || x.textOf(nm) != owner {
				continue
			}
			body := st.ChildByFieldName("body")
			for j := uint(0); body != nil && j < body.NamedChildCount(); j++ {
				e := body.NamedChild(j)
				if e.Kind() != "expression_statement" || e.NamedChildCount() == 0 || e.NamedChild(0).Kind() != "assignment" {
					continue
				}
				a := e.NamedChild(0)
				if l := a.ChildByFieldName("left"); l != nil && x.textOf(l) == name {
					found = a.ChildByFieldName("right")
				}
			}
		case "enum_declaration": // TypeScript
			if nm := st.ChildByFieldName("name"); nm == nil || x.textOf(nm) != owner {
				continue
			}
			walk(st.ChildByFieldName("body"), func(m *sitter.Node) bool {
				if m.Kind() == "enum_assignment" {
					if k := m.ChildByFieldName("name"); k != nil && strings.Trim(x.textOf(k), `"'`) == name {
						found = m.ChildByFieldName("value")
					}
					return false
				}
				return found == nil
			})
		}
	}
	if found != nil {
		return found
	}
	// const OBJ = { name: "…" }
	if v, ok := x.consts[owner]; ok && v != nil {
		for v.Kind() == "as_expression" || v.Kind() == "satisfies_expression" {
			v = v.NamedChild(0)
		}
		if v.Kind() == "object" {
			for i := uint(0); i < v.NamedChildCount(); i++ {
				p := v.NamedChild(i)
				if p.Kind() != "pair" {
					continue
				}
				if k := p.ChildByFieldName("key"); k != nil && strings.Trim(x.textOf(k), `"'`) == name {
					return p.ChildByFieldName("value")
				}
			}
		}
	}
	return nil
}

// joined decodes an array of literals joined by a literal separator.
func (x *extractor) joined(arr, sep *sitter.Node, depth int) (decoded, bool, bool) {
	if arr == nil {
		return decoded{}, false, false
	}
	if arr.Kind() == "identifier" {
		if v, ok := x.consts[x.textOf(arr)]; ok && v != nil {
			arr = v
		}
	}
	if arr.Kind() == "composite_literal" {
		arr = arr.ChildByFieldName("body")
		if arr == nil {
			return decoded{}, false, false
		}
	}
	switch arr.Kind() {
	case "array", "list", "literal_value", "tuple":
	default:
		return decoded{}, false, false
	}
	s := ""
	constant := true
	if sep != nil {
		d, c, ok := x.decode(sep, depth+1)
		if !ok {
			return decoded{}, false, false
		}
		s, constant = d.value, c
	} else if x.code != "py" {
		s = ","
	}
	var parts []decoded
	for i := uint(0); i < arr.NamedChildCount(); i++ {
		el := arr.NamedChild(i)
		if el.Kind() == "literal_element" && el.NamedChildCount() > 0 {
			el = el.NamedChild(0)
		}
		if el.Kind() == "comment" {
			continue
		}
		d, c, ok := x.decode(el, depth+1)
		if !ok {
			constant = false
			continue
		}
		constant = constant && c
		parts = append(parts, d)
	}
	if len(parts) == 0 {
		return decoded{}, false, false
	}
	return join(parts, s), constant, true
}

// str returns a constant string value, or "" and false.
func (x *extractor) str(n *sitter.Node) (string, bool) {
	d, c, ok := x.decode(n, 0)
	if !ok || !c {
		return "", false
	}
	return d.value, true
}

// boolValue reads true/false literals (Python True/False too), or "?".
func (x *extractor) boolValue(n *sitter.Node) string {
	if n == nil {
		return "?"
	}
	t := strings.TrimSpace(x.textOf(n))
	switch t {
	case "true", "True":
		return "true"
	case "false", "False":
		return "false"
	}
	if n.Kind() == "identifier" {
		if v, ok := x.consts[t]; ok && v != nil && v != n {
			return x.boolValue(v)
		}
	}
	// Go pointers to booleans: &t, jsonschema.Ptr(true), mcp.Ptr(false), ptr(true).
	if strings.HasPrefix(t, "&") {
		return x.boolValue(n.NamedChild(0))
	}
	if (n.Kind() == "call_expression" || n.Kind() == "call") && n.ChildByFieldName("arguments") != nil {
		if a := n.ChildByFieldName("arguments"); a.NamedChildCount() == 1 {
			return x.boolValue(a.NamedChild(0))
		}
	}
	if s, ok := x.str(n); ok {
		return s
	}
	return "?"
}

// handlerFor returns the handler whose registration contains node n.
func (x *extractor) handlerFor(n *sitter.Node) *mcpctx.Handler {
	for _, h := range x.handlers.List {
		r := h.Registration
		if r.StartByte() <= n.StartByte() && n.EndByte() <= r.EndByte() {
			return h
		}
	}
	return nil
}

// handlerNamed returns the tool handler registered under a name.
func (x *extractor) handlerNamed(kind mcpctx.HandlerKind, name string) *mcpctx.Handler {
	for _, h := range x.handlers.List {
		if h.Kind == kind && h.Name == name {
			return h
		}
	}
	return nil
}

func (x *extractor) add(t *Tool) {
	if len(x.model.Tools) >= maxDefinitions {
		return
	}
	if t.Annotations == nil {
		t.Annotations = map[string]Annotation{}
	}
	x.model.Tools = append(x.model.Tools, t)
}

// nameText returns a Text for a name written as a literal, or for an
// identifier (a function name) located at it.
func (x *extractor) nameText(n *sitter.Node, name string) *Text {
	if n == nil {
		return nil
	}
	if t := x.text(n); t != nil && t.Literal {
		return t
	}
	s := int(n.StartByte())
	t := NewText(name, x.file, x.src, s, int(n.EndByte()), nil)
	// A function's name is the tool's name; a name that could not be
	// read is not judged.
	t.Literal = name != "" && (n.Kind() == "identifier" || n.Kind() == "field_identifier" || n.Kind() == "property_identifier") &&
		x.textOf(n) == name
	return t
}
