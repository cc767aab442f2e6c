package ir

import (
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

func (lw *lowerer) jsBlock(n *sitter.Node) []Stmt {
	if n == nil {
		return nil
	}
	if n.Kind() != "program" && n.Kind() != "statement_block" && n.Kind() != "class_body" && n.Kind() != "switch_body" {
		return lw.jsStmt(n, nil)
	}
	var out []Stmt
	for i := uint(0); i < n.NamedChildCount(); i++ {
		out = lw.jsStmt(n.NamedChild(i), out)
	}
	return out
}

func (lw *lowerer) jsStmt(n *sitter.Node, out []Stmt) []Stmt {
	switch n.Kind() {
	case "expression_statement":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			e := lw.expr(c)
			if call, ok := e.(*Call); ok && exitCalls[call.Callee] {
				out = lw.flush(out, &ExprStmt{X: e}, &Exit{})
				continue
			}
			if _, isName := e.(*Name); isName && (c.Kind() == "assignment_expression" || c.Kind() == "augmented_assignment_expression") {
				out = lw.flush(out) // the assignment was emitted; its value is not used
				continue
			}
			out = lw.flush(out, &ExprStmt{X: e})
		}
	case "lexical_declaration", "variable_declaration":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			d := n.NamedChild(i)
			if d.Kind() != "variable_declarator" {
				continue
			}
			name, value := d.ChildByFieldName("name"), d.ChildByFieldName("value")
			if name == nil || value == nil {
				continue
			}
			if lw.l.IsFunction(value) {
				// const f = (…) => …: a named function.
				fn := lw.jsFunc(value, lw.text(name))
				out = lw.flush(out, &Assign{Targets: lw.jsTargets(name), Value: &FuncLit{F: fn}, Pos: lw.pos(d)})
				continue
			}
			v := lw.expr(value)
			out = lw.flush(out, &Assign{Targets: lw.jsTargets(name), Value: v, Pos: lw.pos(d)})
		}
	case "function_declaration", "generator_function_declaration":
		name := ""
		if nm := n.ChildByFieldName("name"); nm != nil {
			name = lw.text(nm)
		}
		fn := lw.jsFunc(n, name)
		out = append(out, &Assign{Targets: []Target{{Path: []string{name}}}, Value: &FuncLit{F: fn}, Pos: lw.pos(n)})
	case "class_declaration", "abstract_class_declaration", "class":
		name := ""
		if nm := n.ChildByFieldName("name"); nm != nil {
			name = lw.text(nm)
		}
		saved := lw.class
		lw.class = name
		if body := n.ChildByFieldName("body"); body != nil {
			for i := uint(0); i < body.NamedChildCount(); i++ {
				m := body.NamedChild(i)
				switch m.Kind() {
				case "method_definition":
					mname := ""
					if nm := m.ChildByFieldName("name"); nm != nil {
						mname = lw.text(nm)
					}
					lw.jsFunc(m, mname)
				case "field_definition", "public_field_definition":
					prop, value := m.ChildByFieldName("property"), m.ChildByFieldName("value")
					if prop == nil {
						prop = m.ChildByFieldName("name")
					}
					if prop != nil && value != nil {
						v := lw.expr(value)
						out = lw.flush(out, &Assign{Targets: []Target{{Path: []string{"this", lw.text(prop)}}}, Value: v, Pos: lw.pos(m)})
					}
				}
			}
		}
		lw.class = saved
	case "return_statement":
		var x Expr
		if n.NamedChildCount() > 0 {
			x = lw.expr(n.NamedChild(0))
		}
		out = lw.flush(out, lw.ret(n, x))
	case "throw_statement":
		if n.NamedChildCount() > 0 {
			out = lw.flush(out, &ExprStmt{X: lw.expr(n.NamedChild(0))})
		}
		out = append(out, &Exit{})
	case "if_statement":
		cond := lw.expr(n.ChildByFieldName("condition"))
		out = lw.flush(out)
		then := lw.jsBlock(n.ChildByFieldName("consequence"))
		var els []Stmt
		if alt := n.ChildByFieldName("alternative"); alt != nil {
			for i := uint(0); i < alt.NamedChildCount(); i++ {
				els = lw.jsStmt(alt.NamedChild(i), els)
			}
		}
		out = append(out, &If{Cond: cond, Then: then, Else: els, ThenExits: exits(then), ElseExits: els != nil && exits(els)})
	case "for_in_statement":
		iter := lw.expr(n.ChildByFieldName("right"))
		var body []Stmt
		if left := n.ChildByFieldName("left"); left != nil {
			body = append(body, &Assign{Targets: lw.jsTargets(left), Value: &Index{X: iter}, Pos: lw.pos(left)})
		}
		body = append(body, lw.jsBlock(n.ChildByFieldName("body"))...)
		out = lw.flush(out, &Loop{Body: body})
	case "for_statement", "while_statement", "do_statement":
		var body []Stmt
		for _, f := range []string{"initializer", "condition", "increment"} {
			if c := n.ChildByFieldName(f); c != nil {
				body = lw.jsStmt(c, body)
			}
		}
		body = append(body, lw.jsBlock(n.ChildByFieldName("body"))...)
		out = lw.flush(out, &Loop{Body: body})
	case "try_statement":
		out = append(out, lw.jsBlock(n.ChildByFieldName("body"))...)
		if h := n.ChildByFieldName("handler"); h != nil {
			out = append(out, &If{Then: lw.jsBlock(h.ChildByFieldName("body"))})
		}
		if f := n.ChildByFieldName("finalizer"); f != nil {
			out = append(out, lw.jsBlock(f.ChildByFieldName("body"))...)
		}
	case "switch_statement":
		val := lw.expr(n.ChildByFieldName("value"))
		out = lw.flush(out, &ExprStmt{X: val})
		if body := n.ChildByFieldName("body"); body != nil {
			for i := uint(0); i < body.NamedChildCount(); i++ {
				c := body.NamedChild(i)
				var stmts []Stmt
				for j := uint(0); j < c.NamedChildCount(); j++ {
					if c.FieldNameForNamedChild(uint32(j)) == "value" {
						continue
					}
					stmts = lw.jsStmt(c.NamedChild(j), stmts)
				}
				out = append(out, &If{Then: stmts})
			}
		}
	case "statement_block":
		out = append(out, lw.jsBlock(n)...)
	case "export_statement":
		if d := n.ChildByFieldName("declaration"); d != nil {
			out = lw.jsStmt(d, out)
		} else if v := n.ChildByFieldName("value"); v != nil {
			out = lw.flush(out, &ExprStmt{X: lw.expr(v)})
		}
	case "labeled_statement":
		if b := n.ChildByFieldName("body"); b != nil {
			out = lw.jsStmt(b, out)
		}
	case "comment", "import_statement", "empty_statement", "break_statement", "continue_statement", "debugger_statement",
		"type_alias_declaration", "interface_declaration", "enum_declaration", "ambient_declaration", "internal_module", "module",
		"function_signature", "abstract_method_signature":
	default:
		out = lw.flush(out, &ExprStmt{X: lw.expr(n)})
	}
	return out
}

// jsFunc lowers a function, arrow function or method.
func (lw *lowerer) jsFunc(n *sitter.Node, name string) *Func {
	return lw.function(n, name, func(f *Func) []Stmt {
		lw.jsConstraints(f, n)
		body := n.ChildByFieldName("body")
		if body == nil {
			return nil
		}
		if body.Kind() != "statement_block" { // x => expr
			return lw.flush(nil, lw.ret(body, lw.expr(body)))
		}
		return lw.jsBlock(body)
	})
}

// zodConstrained matches zod schemas that admit no injection payload.
var zodConstrained = regexp.MustCompile(`^z\s*\.\s*(enum|nativeEnum|number|boolean|literal|bigint|date)\s*\(|\.(int|uuid|datetime)\(\)|\.regex\(\s*/\^[^/]*\$/`)

// jsConstraints reads the zod input schema of a tool registration.
func (lw *lowerer) jsConstraints(f *Func, fn *sitter.Node) {
	if f.Handler == nil {
		return
	}
	h, ok := lw.handlers[fn.StartByte()]
	if !ok {
		return
	}
	args := h.Registration.ChildByFieldName("arguments")
	if args == nil {
		return
	}
	var schema *sitter.Node
	for i := uint(1); i+1 < args.NamedChildCount(); i++ {
		a := args.NamedChild(i)
		if a.Kind() != "object" {
			continue
		}
		// registerTool(name, { inputSchema: {…} }, cb) or
		// tool(name, desc, { x: z.string() }, cb).
		for j := uint(0); j < a.NamedChildCount(); j++ {
			p := a.NamedChild(j)
			if p.Kind() == "pair" {
				if k := p.ChildByFieldName("key"); k != nil && (lw.text(k) == "inputSchema" || lw.text(k) == "argsSchema") {
					if v := p.ChildByFieldName("value"); v != nil && v.Kind() == "object" {
						schema = v
					}
				}
			}
		}
		if schema == nil && strings.Contains(lw.text(a), "z.") {
			schema = a
		}
	}
	if schema == nil {
		return
	}
	var params []string
	for _, p := range f.Params {
		if p.Index == 0 {
			params = append(params, p.Names...)
		}
	}
	for j := uint(0); j < schema.NamedChildCount(); j++ {
		p := schema.NamedChild(j)
		if p.Kind() != "pair" {
			continue
		}
		k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
		if k == nil || v == nil {
			continue
		}
		text := strings.Join(strings.Fields(lw.text(v)), "")
		if !zodConstrained.MatchString(text) || strings.Contains(text, ".or(") || strings.Contains(text, "z.union") {
			continue
		}
		key := strings.Trim(lw.text(k), `"'`)
		f.Handler.Constrained[key] = true
		for _, pn := range params {
			f.Handler.Constrained[pn+"."+key] = true
		}
	}
}

// jsTargets lowers a declarator name or assignment left side.
func (lw *lowerer) jsTargets(n *sitter.Node) []Target {
	switch n.Kind() {
	case "identifier":
		return []Target{{Path: []string{lw.text(n)}}}
	case "member_expression", "subscript_expression":
		if p, ok := lw.jsPath(n); ok {
			return []Target{{Path: p}}
		}
		if obj := n.ChildByFieldName("object"); obj != nil {
			if p, ok := lw.jsPath(obj); ok {
				return []Target{{Path: p, Weak: true}}
			}
		}
	case "object_pattern":
		var out []Target
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "shorthand_property_identifier_pattern":
				out = append(out, Target{Path: []string{lw.text(c)}, From: []string{lw.text(c)}})
			case "pair_pattern":
				k, v := c.ChildByFieldName("key"), c.ChildByFieldName("value")
				if k == nil || v == nil {
					continue
				}
				for _, t := range lw.jsTargets(v) {
					t.From = append([]string{strings.Trim(lw.text(k), `"'`)}, t.From...)
					out = append(out, t)
				}
			case "object_assignment_pattern", "assignment_pattern":
				if left := c.ChildByFieldName("left"); left != nil {
					for _, name := range lwBound(lw, left) {
						out = append(out, Target{Path: []string{name}, From: []string{name}})
					}
				}
			case "rest_pattern":
				for _, name := range lwBound(lw, c) {
					out = append(out, Target{Path: []string{name}})
				}
			}
		}
		return out
	case "array_pattern":
		var out []Target
		for _, name := range lwBound(lw, n) {
			out = append(out, Target{Path: []string{name}})
		}
		return out
	case "parenthesized_expression", "non_null_expression":
		if n.NamedChildCount() > 0 {
			return lw.jsTargets(n.NamedChild(0))
		}
	}
	return nil
}

func lwBound(lw *lowerer, n *sitter.Node) []string {
	var out []string
	for _, name := range boundNames(n, lw) {
		out = append(out, name)
	}
	return out
}

func boundNames(n *sitter.Node, lw *lowerer) []string {
	var out []string
	switch n.Kind() {
	case "identifier", "shorthand_property_identifier_pattern":
		return []string{lw.text(n)}
	}
	for i := uint(0); i < n.NamedChildCount(); i++ {
		out = append(out, boundNames(n.NamedChild(i), lw)...)
	}
	return out
}

// jsPath returns the variable path of a member chain: this.v, args.path,
// req.params.arguments, headers["authorization"].
func (lw *lowerer) jsPath(n *sitter.Node) ([]string, bool) {
	switch n.Kind() {
	case "identifier", "this", "shorthand_property_identifier":
		return []string{lw.text(n)}, true
	case "member_expression":
		obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return nil, false
		}
		p, ok := lw.jsPath(obj)
		if !ok {
			return nil, false
		}
		return append(p, lw.text(prop)), true
	case "subscript_expression":
		obj, idx := n.ChildByFieldName("object"), n.ChildByFieldName("index")
		if obj == nil || idx == nil || idx.Kind() != "string" {
			return nil, false
		}
		p, ok := lw.jsPath(obj)
		if !ok {
			return nil, false
		}
		return append(p, unquote(lw.text(idx))), true
	case "non_null_expression", "parenthesized_expression":
		if n.NamedChildCount() == 1 {
			return lw.jsPath(n.NamedChild(0))
		}
	}
	return nil, false
}

var jsCompare = map[string]string{"===": "eq", "==": "eq", "!==": "neq", "!=": "neq", "in": "in", "&&": "and", "||": "or", "??": "or"}

func (lw *lowerer) jsExpr(n *sitter.Node) Expr {
	switch n.Kind() {
	case "identifier", "this", "shorthand_property_identifier":
		return lw.name(n, []string{lw.text(n)})
	case "member_expression", "subscript_expression":
		if p, ok := lw.jsPath(n); ok {
			return lw.name(n, p)
		}
		if n.Kind() == "member_expression" {
			return &Attr{X: lw.expr(n.ChildByFieldName("object")), Name: lw.text(n.ChildByFieldName("property"))}
		}
		idx := &Index{X: lw.expr(n.ChildByFieldName("object")), Key: lw.expr(n.ChildByFieldName("index")), Pos: lw.pos(n)}
		if lw.ann != nil {
			if p, ok := lw.jsPath(n.ChildByFieldName("object")); ok {
				idx.Hits = lw.noteSources(lw.ann.ReadHits(n, strings.Join(p, ".")))
			}
		}
		return idx
	case "call_expression":
		fn := n.ChildByFieldName("function")
		var recv *sitter.Node
		if fn != nil && fn.Kind() == "member_expression" {
			recv = fn.ChildByFieldName("object")
		} else if fn != nil && (fn.Kind() == "call_expression" || fn.Kind() == "new_expression" || fn.Kind() == "subscript_expression" ||
			(fn.Kind() == "parenthesized_expression" && !(fn.NamedChildCount() == 1 && lw.l.IsFunction(fn.NamedChild(0))))) {
			// new Function(x)(), f(x)(): the callee is itself computed.
			recv = fn
		}
		args := lw.jsArgs(n.ChildByFieldName("arguments"))
		c := lw.call(n, fn, recv, args)
		if fn != nil && lw.l.IsFunction(fn) {
			c.Lit = lw.jsFunc(fn, "")
		} else if fn != nil && fn.Kind() == "parenthesized_expression" && fn.NamedChildCount() == 1 && lw.l.IsFunction(fn.NamedChild(0)) {
			c.Lit = lw.jsFunc(fn.NamedChild(0), "")
		}
		return c
	case "new_expression":
		ctor := n.ChildByFieldName("constructor")
		return lw.call(n, ctor, nil, lw.jsArgs(n.ChildByFieldName("arguments")))
	case "string":
		return &Const{Str: unquote(lw.text(n)), IsString: true}
	case "template_string":
		if !hasInterpolation(n) {
			return &Const{Str: unquote(lw.text(n)), IsString: true}
		}
		var args []Expr
		for i := uint(0); i < n.NamedChildCount(); i++ {
			switch c := n.NamedChild(i); c.Kind() {
			case "template_substitution":
				args = append(args, lw.children(c))
			case "string_fragment", "escape_sequence":
				args = append(args, &Const{Str: lw.text(c), IsString: true})
			}
		}
		return &Op{Kind: "concat", Args: args}
	case "number", "true", "false", "null", "undefined", "regex":
		return &Const{}
	case "binary_expression":
		kind := ""
		if op := n.ChildByFieldName("operator"); op != nil {
			kind = jsCompare[lw.text(op)]
			if lw.text(op) == "+" {
				kind = "concat"
			}
		}
		return &Op{Kind: kind, Args: []Expr{lw.expr(n.ChildByFieldName("left")), lw.expr(n.ChildByFieldName("right"))}}
	case "unary_expression":
		arg := n.ChildByFieldName("argument")
		if op := n.ChildByFieldName("operator"); op != nil && lw.text(op) == "!" {
			return &Op{Kind: "not", Args: []Expr{lw.expr(arg)}}
		}
		if op := n.ChildByFieldName("operator"); op != nil && (lw.text(op) == "typeof" || lw.text(op) == "void") {
			return &Const{}
		}
		return lw.children(n)
	case "assignment_expression", "augmented_assignment_expression":
		left, right := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		var v Expr
		if right != nil && lw.l.IsFunction(right) {
			name := ""
			if left != nil {
				name = lw.text(left)
			}
			v = &FuncLit{F: lw.jsFunc(right, name)}
		} else {
			v = lw.expr(right)
		}
		if left != nil {
			lw.pre = append(lw.pre, &Assign{Targets: lw.jsTargets(left), Value: v, Pos: lw.pos(n), Aug: n.Kind() == "augmented_assignment_expression"})
			if p, ok := lw.jsPath(left); ok {
				return lw.name(left, p)
			}
		}
		return v
	case "ternary_expression":
		return &Op{Args: []Expr{lw.expr(n.ChildByFieldName("consequence")), lw.expr(n.ChildByFieldName("alternative"))}}
	case "array":
		c := &Container{}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			e := n.NamedChild(i)
			if e.Kind() == "spread_element" {
				c.Elems = append(c.Elems, Elem{Value: lw.children(e), Spread: true})
				continue
			}
			c.Elems = append(c.Elems, Elem{Value: lw.expr(e)})
		}
		return c
	case "object":
		c := &Container{}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			e := n.NamedChild(i)
			switch e.Kind() {
			case "pair":
				k, v := e.ChildByFieldName("key"), e.ChildByFieldName("value")
				key := ""
				if k != nil && (k.Kind() == "property_identifier" || k.Kind() == "string") {
					key = strings.Trim(lw.text(k), `"'`)
				}
				var val Expr
				if v != nil && lw.l.IsFunction(v) {
					val = &FuncLit{F: lw.jsFunc(v, key)}
				} else {
					val = lw.expr(v)
				}
				c.Elems = append(c.Elems, Elem{Key: key, Value: val})
			case "shorthand_property_identifier":
				c.Elems = append(c.Elems, Elem{Key: lw.text(e), Value: lw.name(e, []string{lw.text(e)})})
			case "spread_element":
				c.Elems = append(c.Elems, Elem{Value: lw.children(e), Spread: true})
			case "method_definition":
				name := ""
				if nm := e.ChildByFieldName("name"); nm != nil {
					name = lw.text(nm)
				}
				c.Elems = append(c.Elems, Elem{Key: name, Value: &FuncLit{F: lw.jsFunc(e, name)}})
			}
		}
		return c
	case "arrow_function", "function_expression", "function", "generator_function":
		return &FuncLit{F: lw.jsFunc(n, "")}
	case "class":
		lw.pre = append(lw.pre, lw.jsStmt(n, nil)...)
		return &Const{}
	case "await_expression":
		return &Await{X: lw.children(n)}
	case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression", "type_assertion", "sequence_expression":
		// Type annotations do not change the value; a sequence's value is
		// its last element.
		if n.Kind() == "sequence_expression" && n.NamedChildCount() > 0 {
			return lw.expr(n.NamedChild(n.NamedChildCount() - 1))
		}
		if n.NamedChildCount() > 0 {
			return lw.expr(n.NamedChild(0))
		}
		return &Op{}
	case "comment", "type_arguments", "type_annotation":
		return nil
	}
	return lw.children(n)
}

func (lw *lowerer) jsArgs(n *sitter.Node) []Arg {
	if n == nil {
		return nil
	}
	var out []Arg
	idx := 0
	for i := uint(0); i < n.NamedChildCount(); i++ {
		a := n.NamedChild(i)
		switch a.Kind() {
		case "comment":
		case "spread_element":
			out = append(out, Arg{Index: -1, Value: lw.children(a), Splat: true})
		default:
			out = append(out, Arg{Index: idx, Value: lw.expr(a)})
			idx++
		}
	}
	return out
}
