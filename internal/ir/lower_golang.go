package ir

import (
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// goTop lowers a Go file's top-level declarations: functions and methods
// become Funcs; package-level var and const declarations are the module's
// init code.
func (lw *lowerer) goTop(root *sitter.Node) []Stmt {
	var out []Stmt
	structs := lw.goStructs(root)
	for i := uint(0); i < root.NamedChildCount(); i++ {
		n := root.NamedChild(i)
		switch n.Kind() {
		case "function_declaration", "method_declaration":
			name := ""
			if nm := n.ChildByFieldName("name"); nm != nil {
				name = lw.text(nm)
			}
			saved := lw.class
			if recv := n.ChildByFieldName("receiver"); recv != nil {
				lw.class = strings.TrimLeft(goReceiverType(lw, recv), "*")
			}
			fn := lw.goFunc(n, name, structs)
			lw.class = saved
			if n.Kind() == "function_declaration" {
				out = append(out, &Assign{Targets: []Target{{Path: []string{name}}}, Value: &FuncLit{F: fn}, Pos: lw.pos(n)})
			}
		case "var_declaration", "const_declaration":
			out = lw.goStmt(n, out)
		}
	}
	return out
}

func goReceiverType(lw *lowerer, recv *sitter.Node) string {
	for i := uint(0); i < recv.NamedChildCount(); i++ {
		p := recv.NamedChild(i)
		if t := p.ChildByFieldName("type"); t != nil {
			return lw.text(t)
		}
	}
	return ""
}

// goStructs indexes the file's struct types: field name → type and tag,
// for deciding which fields of a tool's input struct are constrained.
func (lw *lowerer) goStructs(root *sitter.Node) map[string]map[string][2]string {
	out := map[string]map[string][2]string{}
	for i := uint(0); i < root.NamedChildCount(); i++ {
		n := root.NamedChild(i)
		if n.Kind() != "type_declaration" {
			continue
		}
		for j := uint(0); j < n.NamedChildCount(); j++ {
			spec := n.NamedChild(j)
			if spec.Kind() != "type_spec" {
				continue
			}
			name, typ := spec.ChildByFieldName("name"), spec.ChildByFieldName("type")
			if name == nil || typ == nil || typ.Kind() != "struct_type" {
				continue
			}
			fields := map[string][2]string{}
			list := firstChildOfKind(typ, "field_declaration_list")
			if list == nil {
				continue
			}
			for k := uint(0); k < list.NamedChildCount(); k++ {
				fd := list.NamedChild(k)
				if fd.Kind() != "field_declaration" {
					continue
				}
				ft, tag := fd.ChildByFieldName("type"), fd.ChildByFieldName("tag")
				tagText := ""
				if tag != nil {
					tagText = lw.text(tag)
				}
				for m := uint(0); m < fd.NamedChildCount(); m++ {
					if c := fd.NamedChild(m); c.Kind() == "field_identifier" && ft != nil {
						fields[lw.text(c)] = [2]string{lw.text(ft), tagText}
					}
				}
			}
			out[lw.text(name)] = fields
		}
	}
	return out
}

var (
	goConstrainedType = regexp.MustCompile(`^\*?(u?int(8|16|32|64)?|float(32|64)|bool|time\.Time|time\.Duration)$`)
	goEnumTag         = regexp.MustCompile(`jsonschema:"[^"]*\benum\b|enum=`)
)

func (lw *lowerer) goFunc(n *sitter.Node, name string, structs map[string]map[string][2]string) *Func {
	return lw.function(n, name, func(f *Func) []Stmt {
		if f.Handler != nil {
			for _, p := range f.Params {
				t := strings.TrimPrefix(p.Type, "*")
				if goConstrainedType.MatchString(t) {
					for _, nm := range p.Names {
						f.Handler.Constrained[nm] = true
					}
				}
				if fields, ok := structs[t]; ok {
					for field, ft := range fields {
						if goConstrainedType.MatchString(ft[0]) || goEnumTag.MatchString(ft[1]) {
							for _, nm := range p.Names {
								f.Handler.Constrained[nm+"."+field] = true
							}
						}
					}
				}
			}
		}
		return lw.goBlock(n.ChildByFieldName("body"))
	})
}

func (lw *lowerer) goBlock(n *sitter.Node) []Stmt {
	if n == nil {
		return nil
	}
	var out []Stmt
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.Kind() == "statement_list" {
			for j := uint(0); j < c.NamedChildCount(); j++ {
				out = lw.goStmt(c.NamedChild(j), out)
			}
			continue
		}
		out = lw.goStmt(c, out)
	}
	return out
}

func (lw *lowerer) goStmt(n *sitter.Node, out []Stmt) []Stmt {
	switch n.Kind() {
	case "expression_statement", "go_statement", "defer_statement":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			e := lw.expr(n.NamedChild(i))
			if call, ok := e.(*Call); ok && exitCalls[call.Callee] {
				out = lw.flush(out, &ExprStmt{X: e}, &Exit{})
				continue
			}
			out = lw.flush(out, &ExprStmt{X: e})
		}
	case "short_var_declaration", "assignment_statement":
		left, right := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if left == nil || right == nil {
			break
		}
		aug := false
		if op := n.ChildByFieldName("operator"); op != nil && lw.text(op) != "=" && lw.text(op) != ":=" {
			aug = true
		}
		out = lw.goAssign(left, right, aug, n, out)
	case "var_declaration", "const_declaration":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			spec := n.NamedChild(i)
			specs := []*sitter.Node{spec}
			if spec.Kind() == "var_spec_list" {
				specs = nil
				for j := uint(0); j < spec.NamedChildCount(); j++ {
					specs = append(specs, spec.NamedChild(j))
				}
			}
			for _, s := range specs {
				value := s.ChildByFieldName("value")
				if value == nil {
					continue
				}
				var names []*sitter.Node
				for j := uint(0); j < s.NamedChildCount(); j++ {
					if c := s.NamedChild(j); c.Kind() == "identifier" {
						names = append(names, c)
					}
				}
				out = lw.goAssignNames(names, value, false, s, out)
			}
		}
	case "return_statement":
		var x Expr
		if n.NamedChildCount() > 0 {
			x = lw.expr(n.NamedChild(0))
		}
		out = lw.flush(out, lw.ret(n, x))
	case "if_statement":
		if init := n.ChildByFieldName("initializer"); init != nil {
			out = lw.goStmt(init, out)
		}
		cond := lw.expr(n.ChildByFieldName("condition"))
		out = lw.flush(out)
		then := lw.goBlock(n.ChildByFieldName("consequence"))
		var els []Stmt
		if alt := n.ChildByFieldName("alternative"); alt != nil {
			if alt.Kind() == "block" {
				els = lw.goBlock(alt)
			} else {
				els = lw.goStmt(alt, nil)
			}
		}
		out = append(out, &If{Cond: cond, Then: then, Else: els, ThenExits: exits(then), ElseExits: els != nil && exits(els)})
	case "for_statement":
		var body []Stmt
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "range_clause":
				left, right := c.ChildByFieldName("left"), c.ChildByFieldName("right")
				if right == nil {
					continue
				}
				iter := lw.expr(right)
				if left != nil {
					var targets []Target
					for _, t := range goLeft(lw, left) {
						targets = append(targets, t)
					}
					body = append(body, &Assign{Targets: targets, Value: &Index{X: iter}, Pos: lw.pos(c)})
				} else {
					body = lw.flush(body, &ExprStmt{X: iter})
				}
			case "for_clause":
				for _, f := range []string{"initializer", "condition", "update"} {
					if x := c.ChildByFieldName(f); x != nil {
						body = lw.goStmt(x, body)
					}
				}
			case "block":
			default:
				body = lw.flush(body, &ExprStmt{X: lw.expr(c)})
			}
		}
		body = append(body, lw.goBlock(n.ChildByFieldName("body"))...)
		out = lw.flush(out, &Loop{Body: body})
	case "expression_switch_statement", "type_switch_statement", "select_statement":
		if init := n.ChildByFieldName("initializer"); init != nil {
			out = lw.goStmt(init, out)
		}
		if v := n.ChildByFieldName("value"); v != nil {
			out = lw.flush(out, &ExprStmt{X: lw.expr(v)})
		}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "expression_case", "default_case", "type_case", "communication_case":
				var stmts []Stmt
				for j := uint(0); j < c.NamedChildCount(); j++ {
					if c.FieldNameForNamedChild(uint32(j)) == "value" || c.FieldNameForNamedChild(uint32(j)) == "type" {
						continue
					}
					s := c.NamedChild(j)
					if s.Kind() == "statement_list" {
						for k := uint(0); k < s.NamedChildCount(); k++ {
							stmts = lw.goStmt(s.NamedChild(k), stmts)
						}
					} else {
						stmts = lw.goStmt(s, stmts)
					}
				}
				out = append(out, &If{Then: stmts})
			}
		}
	case "block":
		out = append(out, lw.goBlock(n)...)
	case "labeled_statement":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			out = lw.goStmt(n.NamedChild(i), out)
		}
	case "inc_statement", "dec_statement", "comment", "break_statement", "continue_statement", "goto_statement",
		"fallthrough_statement", "empty_statement", "type_declaration":
	case "send_statement":
		out = lw.flush(out, &ExprStmt{X: lw.children(n)})
	default:
		out = lw.flush(out, &ExprStmt{X: lw.expr(n)})
	}
	return out
}

func goLeft(lw *lowerer, left *sitter.Node) []Target {
	var out []Target
	for i := uint(0); i < left.NamedChildCount(); i++ {
		c := left.NamedChild(i)
		if p, ok := lw.goPath(c); ok {
			if len(p) == 1 && p[0] == "_" {
				continue
			}
			out = append(out, Target{Path: p})
		} else if c.Kind() == "index_expression" {
			if op := c.ChildByFieldName("operand"); op != nil {
				if p, ok := lw.goPath(op); ok {
					out = append(out, Target{Path: p, Weak: true})
				}
			}
		}
	}
	return out
}

func (lw *lowerer) goAssign(left, right *sitter.Node, aug bool, at *sitter.Node, out []Stmt) []Stmt {
	var names []*sitter.Node
	for i := uint(0); i < left.NamedChildCount(); i++ {
		names = append(names, left.NamedChild(i))
	}
	return lw.goAssignNames(names, right, aug, at, out)
}

// goAssignNames pairs names with values: a, b := x, y binds a to x; a, b
// := f() binds both to f's result.
func (lw *lowerer) goAssignNames(names []*sitter.Node, right *sitter.Node, aug bool, at *sitter.Node, out []Stmt) []Stmt {
	values := []*sitter.Node{right}
	if right.Kind() == "expression_list" {
		values = nil
		for i := uint(0); i < right.NamedChildCount(); i++ {
			values = append(values, right.NamedChild(i))
		}
	}
	if len(values) == len(names) && len(names) > 1 {
		for i, nm := range names {
			targets := goLeftOne(lw, nm)
			if targets == nil {
				out = lw.flush(out, &ExprStmt{X: lw.expr(values[i])})
				continue
			}
			v := lw.goValue(values[i])
			out = lw.flush(out, &Assign{Targets: targets, Value: v, Pos: lw.pos(at), Aug: aug})
		}
		return out
	}
	var targets []Target
	for _, nm := range names {
		targets = append(targets, goLeftOne(lw, nm)...)
	}
	var v Expr
	if len(values) == 1 {
		v = lw.goValue(values[0])
	} else {
		v = lw.children(right)
	}
	if len(targets) == 0 {
		return lw.flush(out, &ExprStmt{X: v})
	}
	return lw.flush(out, &Assign{Targets: targets, Value: v, Pos: lw.pos(at), Aug: aug})
}

// goValue lowers a value, naming function literals.
func (lw *lowerer) goValue(n *sitter.Node) Expr {
	if n.Kind() == "func_literal" {
		return &FuncLit{F: lw.goFunc(n, "", nil)}
	}
	return lw.expr(n)
}

func goLeftOne(lw *lowerer, n *sitter.Node) []Target {
	if p, ok := lw.goPath(n); ok {
		if len(p) == 1 && p[0] == "_" {
			return nil
		}
		return []Target{{Path: p}}
	}
	if n.Kind() == "index_expression" {
		if op := n.ChildByFieldName("operand"); op != nil {
			if p, ok := lw.goPath(op); ok {
				return []Target{{Path: p, Weak: true}}
			}
		}
	}
	if n.Kind() == "unary_expression" { // *p = v
		if op := n.ChildByFieldName("operand"); op != nil {
			return goLeftOne(lw, op)
		}
	}
	return nil
}

// goPath returns the variable path of a selector chain (in.Path, s.cfg.url)
// or a constant-key index (m["key"]).
func (lw *lowerer) goPath(n *sitter.Node) ([]string, bool) {
	switch n.Kind() {
	case "identifier", "field_identifier":
		return []string{lw.text(n)}, true
	case "selector_expression":
		op, field := n.ChildByFieldName("operand"), n.ChildByFieldName("field")
		if op == nil || field == nil {
			return nil, false
		}
		p, ok := lw.goPath(op)
		if !ok {
			return nil, false
		}
		return append(p, lw.text(field)), true
	case "index_expression":
		op, idx := n.ChildByFieldName("operand"), n.ChildByFieldName("index")
		if op == nil || idx == nil || idx.Kind() != "interpreted_string_literal" {
			return nil, false
		}
		p, ok := lw.goPath(op)
		if !ok {
			return nil, false
		}
		return append(p, unquote(lw.text(idx))), true
	case "parenthesized_expression":
		if n.NamedChildCount() == 1 {
			return lw.goPath(n.NamedChild(0))
		}
	}
	return nil, false
}

var goCompare = map[string]string{"==": "eq", "!=": "neq", "&&": "and", "||": "or"}

func (lw *lowerer) goExpr(n *sitter.Node) Expr {
	switch n.Kind() {
	case "identifier":
		switch lw.text(n) {
		case "nil", "true", "false", "iota":
			return &Const{}
		}
		return lw.name(n, []string{lw.text(n)})
	case "selector_expression", "index_expression":
		if p, ok := lw.goPath(n); ok {
			// pkg.Name of an imported package is a qualified name, not a
			// variable: keep it as a name read for sources (os.Args).
			return lw.name(n, p)
		}
		if n.Kind() == "selector_expression" {
			return &Attr{X: lw.expr(n.ChildByFieldName("operand")), Name: lw.text(n.ChildByFieldName("field"))}
		}
		return &Index{X: lw.expr(n.ChildByFieldName("operand")), Key: lw.expr(n.ChildByFieldName("index")), Pos: lw.pos(n)}
	case "call_expression":
		fn := n.ChildByFieldName("function")
		var recv *sitter.Node
		if fn != nil && fn.Kind() == "selector_expression" {
			if op := fn.ChildByFieldName("operand"); op != nil {
				// A package-qualified call (exec.Command) has no receiver.
				if !(op.Kind() == "identifier" && lw.isPackage(lw.text(op))) {
					recv = op
				}
			}
		}
		if fn != nil && (fn.Kind() == "call_expression" || fn.Kind() == "index_expression") {
			// f(x)(), handlers[name](): the callee is itself computed.
			recv = fn
		}
		args := lw.goArgs(n.ChildByFieldName("arguments"))
		c := lw.call(n, fn, recv, args)
		if fn != nil && fn.Kind() == "func_literal" {
			c.Lit = lw.goFunc(fn, "", nil)
		}
		return c
	case "interpreted_string_literal", "raw_string_literal":
		return &Const{Str: unquote(lw.text(n)), IsString: true}
	case "int_literal", "float_literal", "imaginary_literal", "rune_literal", "nil", "true", "false", "iota":
		return &Const{}
	case "binary_expression":
		kind := ""
		if op := n.ChildByFieldName("operator"); op != nil {
			kind = goCompare[lw.text(op)]
			if lw.text(op) == "+" {
				kind = "concat"
			}
		}
		return &Op{Kind: kind, Args: []Expr{lw.expr(n.ChildByFieldName("left")), lw.expr(n.ChildByFieldName("right"))}}
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && lw.text(op) == "!" {
			return &Op{Kind: "not", Args: []Expr{lw.expr(n.ChildByFieldName("operand"))}}
		}
		return lw.expr(n.ChildByFieldName("operand"))
	case "composite_literal":
		c := &Container{}
		body := n.ChildByFieldName("body")
		if body == nil {
			return c
		}
		for i := uint(0); i < body.NamedChildCount(); i++ {
			e := body.NamedChild(i)
			switch e.Kind() {
			case "keyed_element":
				k, v := e.ChildByFieldName("key"), e.ChildByFieldName("value")
				key := ""
				if k != nil {
					key = strings.Trim(lw.text(k), "\"`")
				}
				c.Elems = append(c.Elems, Elem{Key: key, Value: lw.goElem(v)})
			case "literal_element":
				c.Elems = append(c.Elems, Elem{Value: lw.goElem(e)})
			}
		}
		return c
	case "func_literal":
		return &FuncLit{F: lw.goFunc(n, "", nil)}
	case "parenthesized_expression", "type_assertion_expression", "type_conversion_expression":
		if n.NamedChildCount() > 0 {
			return lw.expr(n.NamedChild(0))
		}
	case "expression_list":
		if n.NamedChildCount() == 1 {
			return lw.expr(n.NamedChild(0))
		}
		// return a, b: the values by position.
		c := &Container{}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			if x := n.NamedChild(i); x.Kind() != "comment" {
				c.Elems = append(c.Elems, Elem{Value: lw.goValue(x)})
			}
		}
		return c
	case "comment":
		return nil
	}
	return lw.children(n)
}

func (lw *lowerer) goElem(n *sitter.Node) Expr {
	if n == nil {
		return nil
	}
	if n.Kind() == "literal_element" && n.NamedChildCount() == 1 {
		return lw.expr(n.NamedChild(0))
	}
	return lw.expr(n)
}

func (lw *lowerer) isPackage(name string) bool {
	im, ok := lw.imps.Lookup(name)
	return ok && im.Member == ""
}

func (lw *lowerer) goArgs(n *sitter.Node) []Arg {
	if n == nil {
		return nil
	}
	var out []Arg
	idx := 0
	for i := uint(0); i < n.NamedChildCount(); i++ {
		a := n.NamedChild(i)
		switch a.Kind() {
		case "comment":
		case "variadic_argument":
			out = append(out, Arg{Index: idx, Value: lw.children(a), Splat: true})
			idx++
		default:
			if strings.HasSuffix(a.Kind(), "_type") || a.Kind() == "type_identifier" || a.Kind() == "qualified_type" {
				continue // make([]T, n), new(T)
			}
			out = append(out, Arg{Index: idx, Value: lw.goValue(a)})
			idx++
		}
	}
	return out
}
