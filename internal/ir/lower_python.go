package ir

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// pyBlock lowers the statements of a module or block.
func (lw *lowerer) pyBlock(n *sitter.Node) []Stmt {
	var out []Stmt
	if n == nil {
		return nil
	}
	for i := uint(0); i < n.NamedChildCount(); i++ {
		out = lw.pyStmt(n.NamedChild(i), out)
	}
	return out
}

func (lw *lowerer) pyStmt(n *sitter.Node, out []Stmt) []Stmt {
	switch n.Kind() {
	case "expression_statement":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "assignment", "augmented_assignment":
				out = lw.pyAssign(c, out)
			default:
				e := lw.expr(c)
				if call, ok := e.(*Call); ok && exitCalls[call.Callee] {
					out = lw.flush(out, &ExprStmt{X: e}, &Exit{})
					continue
				}
				out = lw.flush(out, &ExprStmt{X: e})
			}
		}
	case "return_statement":
		var x Expr
		if n.NamedChildCount() > 0 {
			x = lw.expr(n.NamedChild(0))
		}
		out = lw.flush(out, lw.ret(n, x))
	case "raise_statement":
		if n.NamedChildCount() > 0 {
			out = lw.flush(out, &ExprStmt{X: lw.expr(n.NamedChild(0))})
		}
		out = append(out, &Exit{})
	case "if_statement":
		out = lw.pyIf(n, out)
	case "assert_statement":
		if n.NamedChildCount() > 0 {
			cond := lw.expr(n.NamedChild(0))
			out = lw.flush(out, &If{Cond: cond, Else: []Stmt{&Exit{}}, ElseExits: true})
		}
	case "for_statement":
		iter := lw.expr(n.ChildByFieldName("right"))
		var body []Stmt
		if left := n.ChildByFieldName("left"); left != nil {
			body = append(body, &Assign{Targets: lw.pyTargets(left), Value: &Index{X: iter}, Pos: lw.pos(left)})
		}
		body = append(body, lw.pyBlock(n.ChildByFieldName("body"))...)
		out = lw.flush(out, &Loop{Body: body})
		if alt := n.ChildByFieldName("alternative"); alt != nil {
			out = append(out, lw.pyBlock(alt)...)
		}
	case "while_statement":
		cond := lw.expr(n.ChildByFieldName("condition"))
		body := append([]Stmt{&ExprStmt{X: cond}}, lw.pyBlock(n.ChildByFieldName("body"))...)
		out = lw.flush(out, &Loop{Body: body})
	case "with_statement":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			if c.Kind() == "with_clause" {
				for j := uint(0); j < c.NamedChildCount(); j++ {
					item := c.NamedChild(j)
					v := item.ChildByFieldName("value")
					if v == nil {
						continue
					}
					if v.Kind() == "as_pattern" {
						alias := v.ChildByFieldName("alias")
						val := lw.expr(v.NamedChild(0))
						if alias != nil {
							out = lw.flush(out, &Assign{Targets: lw.pyTargets(alias), Value: val, Pos: lw.pos(v)})
						} else {
							out = lw.flush(out, &ExprStmt{X: val})
						}
					} else {
						out = lw.flush(out, &ExprStmt{X: lw.expr(v)})
					}
				}
			}
		}
		out = append(out, lw.pyBlock(n.ChildByFieldName("body"))...)
	case "try_statement":
		out = append(out, lw.pyBlock(n.ChildByFieldName("body"))...)
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "except_clause", "except_group_clause", "else_clause", "finally_clause":
				for j := uint(0); j < c.NamedChildCount(); j++ {
					if b := c.NamedChild(j); b.Kind() == "block" {
						out = append(out, &If{Then: lw.pyBlock(b)})
					}
				}
			}
		}
	case "function_definition":
		out = append(out, lw.pyFuncDef(n, n))
	case "decorated_definition":
		def := n.ChildByFieldName("definition")
		if def == nil {
			break
		}
		// Decorator expressions are evaluated (and may be calls).
		for i := uint(0); i < n.NamedChildCount(); i++ {
			if d := n.NamedChild(i); d.Kind() == "decorator" && d.NamedChildCount() > 0 {
				out = lw.flush(out, &ExprStmt{X: lw.expr(d.NamedChild(0))})
			}
		}
		if def.Kind() == "function_definition" {
			out = append(out, lw.pyFuncDef(def, def))
		} else {
			out = lw.pyStmt(def, out)
		}
	case "class_definition":
		name := ""
		if nm := n.ChildByFieldName("name"); nm != nil {
			name = lw.text(nm)
		}
		saved := lw.class
		lw.class = name
		out = append(out, lw.pyBlock(n.ChildByFieldName("body"))...)
		lw.class = saved
	case "match_statement", "block":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			if c.Kind() == "block" {
				out = append(out, &If{Then: lw.pyBlock(c)})
			} else if c.Kind() == "case_clause" {
				out = append(out, &If{Then: lw.pyBlock(c.ChildByFieldName("consequence"))})
			} else if c.Kind() != "comment" {
				out = lw.flush(out, &ExprStmt{X: lw.expr(c)})
			}
		}
	case "comment", "pass_statement", "break_statement", "continue_statement", "import_statement",
		"import_from_statement", "future_import_statement", "global_statement", "nonlocal_statement", "delete_statement":
	default:
		out = lw.flush(out, &ExprStmt{X: lw.children(n)})
	}
	return out
}

// pyFuncDef lowers a def and binds its name, so that calls and references
// in the enclosing scope find it.
func (lw *lowerer) pyFuncDef(def, at *sitter.Node) Stmt {
	name := ""
	if nm := def.ChildByFieldName("name"); nm != nil {
		name = lw.text(nm)
	}
	f := lw.function(def, name, func(f *Func) []Stmt {
		lw.pyConstraints(f)
		return lw.pyBlock(def.ChildByFieldName("body"))
	})
	return &Assign{Targets: []Target{{Path: []string{name}}}, Value: &FuncLit{F: f}, Pos: lw.pos(at)}
}

// pyConstraints marks handler inputs whose annotation admits no payload:
// numbers, booleans, Literal[…], or a string with an anchored pattern.
func (lw *lowerer) pyConstraints(f *Func) {
	if f.Handler == nil {
		return
	}
	for _, p := range f.Params {
		t := strings.TrimSpace(p.Type)
		if t == "" {
			continue
		}
		if pyConstrainedType.MatchString(t) || anchoredPattern.MatchString(t) {
			for _, n := range p.Names {
				f.Handler.Constrained[n] = true
			}
		}
	}
}

func (lw *lowerer) pyIf(n *sitter.Node, out []Stmt) []Stmt {
	cond := lw.expr(n.ChildByFieldName("condition"))
	out = lw.flush(out)
	then := lw.pyBlock(n.ChildByFieldName("consequence"))
	var els []Stmt
	// elif chains nest as ifs in the else branch.
	var alts []*sitter.Node
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.Kind() == "elif_clause" || c.Kind() == "else_clause" {
			alts = append(alts, c)
		}
	}
	els = lw.pyElse(alts)
	return append(out, &If{Cond: cond, Then: then, Else: els, ThenExits: exits(then), ElseExits: els != nil && exits(els)})
}

func (lw *lowerer) pyElse(alts []*sitter.Node) []Stmt {
	if len(alts) == 0 {
		return nil
	}
	a := alts[0]
	if a.Kind() == "else_clause" {
		return lw.pyBlock(a.ChildByFieldName("body"))
	}
	cond := lw.expr(a.ChildByFieldName("condition"))
	pre := lw.flush(nil)
	then := lw.pyBlock(a.ChildByFieldName("consequence"))
	els := lw.pyElse(alts[1:])
	return append(pre, &If{Cond: cond, Then: then, Else: els, ThenExits: exits(then), ElseExits: els != nil && exits(els)})
}

func (lw *lowerer) pyAssign(n *sitter.Node, out []Stmt) []Stmt {
	left, right := n.ChildByFieldName("left"), n.ChildByFieldName("right")
	if left == nil || right == nil {
		if right == nil && left != nil { // x: int (annotation only)
			return out
		}
		return lw.flush(out, &ExprStmt{X: lw.children(n)})
	}
	// a = b = value
	if right.Kind() == "assignment" {
		out = lw.pyAssign(right, out)
		inner := right
		for inner.Kind() == "assignment" && inner.ChildByFieldName("right") != nil && inner.ChildByFieldName("right").Kind() == "assignment" {
			inner = inner.ChildByFieldName("right")
		}
		if l := inner.ChildByFieldName("left"); l != nil {
			return lw.flush(out, &Assign{Targets: lw.pyTargets(left), Value: lw.expr(l), Pos: lw.pos(n)})
		}
		return out
	}
	// a, b = x, y: pair each name with its value.
	if isPyTuple(left) && isPyTuple(right) && left.NamedChildCount() == right.NamedChildCount() && left.NamedChildCount() > 1 {
		for i := uint(0); i < left.NamedChildCount(); i++ {
			v := lw.expr(right.NamedChild(i))
			out = lw.flush(out, &Assign{Targets: lw.pyTargets(left.NamedChild(i)), Value: v, Pos: lw.pos(n)})
		}
		return out
	}
	val := lw.expr(right)
	return lw.flush(out, &Assign{Targets: lw.pyTargets(left), Value: val, Pos: lw.pos(n), Aug: n.Kind() == "augmented_assignment"})
}

func isPyTuple(n *sitter.Node) bool {
	switch n.Kind() {
	case "pattern_list", "tuple_pattern", "expression_list", "tuple":
		return true
	}
	return false
}

// pyTargets lowers an assignment's left side.
func (lw *lowerer) pyTargets(n *sitter.Node) []Target {
	switch n.Kind() {
	case "identifier":
		return []Target{{Path: []string{lw.text(n)}}}
	case "attribute", "subscript":
		if p, ok := lw.pyPath(n); ok {
			return []Target{{Path: p}}
		}
		// x[k] = v with a dynamic key: part of x.
		base := n.ChildByFieldName("object")
		if base == nil {
			base = n.ChildByFieldName("value")
		}
		if base != nil {
			if p, ok := lw.pyPath(base); ok {
				return []Target{{Path: p, Weak: true}}
			}
		}
	case "pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list":
		var out []Target
		for i := uint(0); i < n.NamedChildCount(); i++ {
			for _, t := range lw.pyTargets(n.NamedChild(i)) {
				t.Weak = false
				out = append(out, t)
			}
		}
		return out
	case "list_splat_pattern", "parenthesized_expression", "as_pattern_target":
		if n.NamedChildCount() > 0 {
			return lw.pyTargets(n.NamedChild(0))
		}
	}
	return nil
}

// pyPath returns the variable path an identifier/attribute/constant
// subscript chain names: self.v → [self v]; args["path"] → [args path].
func (lw *lowerer) pyPath(n *sitter.Node) ([]string, bool) {
	switch n.Kind() {
	case "identifier":
		return []string{lw.text(n)}, true
	case "attribute":
		obj, attr := n.ChildByFieldName("object"), n.ChildByFieldName("attribute")
		if obj == nil || attr == nil {
			return nil, false
		}
		p, ok := lw.pyPath(obj)
		if !ok {
			return nil, false
		}
		return append(p, lw.text(attr)), true
	case "subscript":
		val, sub := n.ChildByFieldName("value"), n.ChildByFieldName("subscript")
		if val == nil || sub == nil || sub.Kind() != "string" || hasInterpolation(sub) {
			return nil, false
		}
		p, ok := lw.pyPath(val)
		if !ok {
			return nil, false
		}
		return append(p, unquote(lw.text(sub))), true
	}
	return nil, false
}

func hasInterpolation(n *sitter.Node) bool {
	for i := uint(0); i < n.NamedChildCount(); i++ {
		switch n.NamedChild(i).Kind() {
		case "interpolation", "template_substitution":
			return true
		}
	}
	return false
}

var pyCompare = map[string]string{"in": "in", "not in": "notin", "==": "eq", "!=": "neq", "is": "eq", "is not": "neq"}

func (lw *lowerer) pyExpr(n *sitter.Node) Expr {
	switch n.Kind() {
	case "identifier":
		return lw.name(n, []string{lw.text(n)})
	case "attribute", "subscript":
		if p, ok := lw.pyPath(n); ok {
			return lw.name(n, p)
		}
		if n.Kind() == "attribute" {
			return &Attr{X: lw.expr(n.ChildByFieldName("object")), Name: lw.text(n.ChildByFieldName("attribute"))}
		}
		idx := &Index{X: lw.expr(n.ChildByFieldName("value")), Key: lw.expr(n.ChildByFieldName("subscript")), Pos: lw.pos(n)}
		if lw.ann != nil {
			idx.Hits = lw.noteSources(lw.ann.ReadHits(n, lang3(lw, n.ChildByFieldName("value"))))
		}
		return idx
	case "call":
		fn := n.ChildByFieldName("function")
		var recv *sitter.Node
		if fn != nil && fn.Kind() == "attribute" {
			recv = fn.ChildByFieldName("object")
		} else if fn != nil && (fn.Kind() == "call" || fn.Kind() == "subscript") {
			// f(x)(), handlers[name](): the callee is itself computed.
			recv = fn
		}
		args := lw.pyArgs(n.ChildByFieldName("arguments"))
		c := lw.call(n, fn, recv, args)
		if fn != nil && (fn.Kind() == "lambda" || fn.Kind() == "parenthesized_expression") {
			if fl, ok := lw.expr(fn).(*FuncLit); ok {
				c.Lit = fl.F
			}
		}
		return c
	case "string":
		if !hasInterpolation(n) {
			return &Const{Str: unquote(lw.text(n)), IsString: true}
		}
		// f"…{x}…": the parts in order, constant text kept, so that a
		// constant prefix can be recognised.
		var args []Expr
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "interpolation":
				if e := c.ChildByFieldName("expression"); e != nil {
					args = append(args, lw.expr(e))
				} else if c.NamedChildCount() > 0 {
					args = append(args, lw.expr(c.NamedChild(0)))
				}
			case "string_content", "escape_sequence":
				args = append(args, &Const{Str: lw.text(c), IsString: true})
			}
		}
		return &Op{Kind: "concat", Args: args}
	case "concatenated_string":
		return &Op{Kind: "concat", Args: []Expr{lw.children(n)}}
	case "integer", "float", "true", "false", "none", "ellipsis":
		return &Const{}
	case "binary_operator":
		// "a" + x, "%s" % x: a concatenation, left to right.
		if op := n.ChildByFieldName("operator"); op != nil && (lw.text(op) == "+" || lw.text(op) == "%") {
			left, right := lw.expr(n.ChildByFieldName("left")), lw.expr(n.ChildByFieldName("right"))
			if c, ok := left.(*Const); ok && c.IsString && lw.text(op) == "%" {
				// "https://%s/x" % host: only the text before the first
				// verb is a constant prefix.
				pre := c.Str
				if i := strings.IndexByte(pre, '%'); i >= 0 {
					pre = pre[:i]
				}
				return &Op{Kind: "concat", Args: []Expr{&Const{Str: pre, IsString: true}, right}}
			}
			return &Op{Kind: "concat", Args: []Expr{left, right}}
		}
		return lw.children(n)
	case "unary_operator":
		return lw.children(n)
	case "boolean_operator":
		kind := "and"
		if op := n.ChildByFieldName("operator"); op != nil && lw.text(op) == "or" {
			kind = "or"
		}
		return &Op{Kind: kind, Args: []Expr{lw.expr(n.ChildByFieldName("left")), lw.expr(n.ChildByFieldName("right"))}}
	case "not_operator":
		return &Op{Kind: "not", Args: []Expr{lw.expr(n.ChildByFieldName("argument"))}}
	case "comparison_operator":
		kind := ""
		var args []Expr
		for i := uint(0); i < n.ChildCount(); i++ {
			c := n.Child(i)
			if c.IsNamed() {
				args = append(args, lw.expr(c))
			} else if k, ok := pyCompare[lw.text(c)]; ok && kind == "" {
				kind = k
			}
		}
		// "not in" is two tokens.
		if strings.Contains(lw.text(n), " not in ") {
			kind = "notin"
		}
		return &Op{Kind: kind, Args: args}
	case "list", "tuple", "set", "expression_list":
		c := &Container{}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			e := n.NamedChild(i)
			if e.Kind() == "list_splat" {
				c.Elems = append(c.Elems, Elem{Value: lw.expr(e.NamedChild(0)), Spread: true})
				continue
			}
			c.Elems = append(c.Elems, Elem{Value: lw.expr(e)})
		}
		return c
	case "dictionary":
		c := &Container{}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			e := n.NamedChild(i)
			switch e.Kind() {
			case "pair":
				k, v := e.ChildByFieldName("key"), e.ChildByFieldName("value")
				key := ""
				if k != nil && k.Kind() == "string" && !hasInterpolation(k) {
					key = unquote(lw.text(k))
				}
				c.Elems = append(c.Elems, Elem{Key: key, Value: lw.expr(v)})
			case "dictionary_splat":
				c.Elems = append(c.Elems, Elem{Value: lw.expr(e.NamedChild(0)), Spread: true})
			}
		}
		return c
	case "lambda":
		f := lw.function(n, "", func(f *Func) []Stmt {
			return []Stmt{lw.ret(n, lw.expr(n.ChildByFieldName("body")))}
		})
		return &FuncLit{F: f}
	case "await":
		return &Await{X: lw.children(n)}
	case "parenthesized_expression":
		return lw.children(n)
	case "named_expression":
		name, value := n.ChildByFieldName("name"), n.ChildByFieldName("value")
		v := lw.expr(value)
		if name != nil {
			lw.pre = append(lw.pre, &Assign{Targets: []Target{{Path: []string{lw.text(name)}}}, Value: v, Pos: lw.pos(n)})
			return lw.name(name, []string{lw.text(name)})
		}
		return v
	case "conditional_expression":
		// a if cond else b: the value is a or b.
		var args []Expr
		for i := uint(0); i < n.NamedChildCount(); i++ {
			if i == 1 {
				continue
			}
			args = append(args, lw.expr(n.NamedChild(i)))
		}
		return &Op{Args: args}
	case "list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension":
		// The element expression, with loop variables bound from the
		// iterables: lower the clauses as assignments first.
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			if c.Kind() == "for_in_clause" {
				if left, right := c.ChildByFieldName("left"), c.ChildByFieldName("right"); left != nil && right != nil {
					lw.pre = append(lw.pre, &Assign{Targets: lw.pyTargets(left), Value: &Index{X: lw.expr(right)}, Pos: lw.pos(c)})
				}
			}
		}
		if body := n.ChildByFieldName("body"); body != nil {
			return &Container{Elems: []Elem{{Value: lw.expr(body)}}}
		}
		return lw.children(n)
	case "keyword_argument":
		return lw.expr(n.ChildByFieldName("value"))
	case "comment":
		return nil
	}
	return lw.children(n)
}

func lang3(lw *lowerer, n *sitter.Node) string {
	if n == nil {
		return ""
	}
	if p, ok := lw.pyPath(n); ok {
		return strings.Join(p, ".")
	}
	return ""
}

func (lw *lowerer) pyArgs(n *sitter.Node) []Arg {
	if n == nil {
		return nil
	}
	var out []Arg
	idx := 0
	for i := uint(0); i < n.NamedChildCount(); i++ {
		a := n.NamedChild(i)
		switch a.Kind() {
		case "keyword_argument":
			name := ""
			if k := a.ChildByFieldName("name"); k != nil {
				name = lw.text(k)
			}
			out = append(out, Arg{Name: name, Index: -1, Value: lw.expr(a.ChildByFieldName("value"))})
		case "list_splat", "dictionary_splat":
			if a.NamedChildCount() > 0 {
				out = append(out, Arg{Index: -1, Value: lw.expr(a.NamedChild(0)), Splat: true})
			}
		case "comment":
		default:
			out = append(out, Arg{Index: idx, Value: lw.expr(a)})
			idx++
		}
	}
	return out
}
