package engine

import (
	"regexp"
	"strconv"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/prefilter"
	"github.com/mcpsafe/mcpsafe/internal/recache"
)

// fileFacts holds what conditions may ask about one parsed file. Each fact
// is computed on first use: most files never need most of them.
type fileFacts struct {
	lang    *lang.Language
	src     *lang.Source
	root    *sitter.Node
	imports *lang.Imports
	isMCP   bool
	// deep enables resolution across statements for has_arg: keys set
	// on a dict or object after it is built count.
	deep bool

	handlers     *mcpctx.Handlers
	handlersDone bool
	// assigns maps a scope (a function's start byte, or -1 for module
	// scope) to the bindings made directly in it; nil until bindings is
	// first asked.
	assigns map[int]map[string][]*sitter.Node
	// tainted maps a handler function's start byte to the names derived
	// from its inputs.
	tainted map[uint]map[string]bool
	// fileMatch caches file_matches: the condition is about the whole
	// file, and a rule can match thousands of nodes in it (every keyed
	// element of a Go file), so the text is searched once per regexp.
	fileMatch map[*regexp.Regexp]bool
	// hits, when set, answers file_matches expression i as its regexp
	// fileBase+i, guarded by the literals every match must contain.
	hits     *prefilter.Result
	fileBase int
	// values caches valueText by node; texts caches expressions asked
	// about a function's or handler's text.
	values map[uintptr]string
	texts  map[textKey]bool
}

// fileMatches reports whether file_matches expression i (re) matches the
// file's text, once per file.
func (f *fileFacts) fileMatches(i int, re *regexp.Regexp) bool {
	if f.hits != nil {
		return f.hits.Regexp(f.fileBase + i)
	}
	if v, ok := f.fileMatch[re]; ok {
		return v
	}
	if f.fileMatch == nil {
		f.fileMatch = map[*regexp.Regexp]bool{}
	}
	v := re.Match(f.src.Bytes)
	f.fileMatch[re] = v
	return v
}

func newFileFacts(l *lang.Language, src *lang.Source, root *sitter.Node, imports *lang.Imports, isMCP bool) *fileFacts {
	return &fileFacts{lang: l, src: src, root: root, imports: imports, isMCP: isMCP}
}

// Handlers returns the file's MCP handler model (empty for files that are
// not MCP context).
func (f *fileFacts) Handlers() *mcpctx.Handlers {
	if !f.handlersDone {
		f.handlersDone = true
		f.handlers = &mcpctx.Handlers{}
		if f.isMCP {
			if hs, err := mcpctx.FindHandlers(f.lang, f.root, f.src); err == nil {
				f.handlers = hs
			}
		}
	}
	return f.handlers
}

// scopeOf returns the key of the innermost function containing n (-1 at
// module scope) and that function.
func (f *fileFacts) scopeOf(n *sitter.Node) (int, *sitter.Node) {
	fn := f.lang.EnclosingFunction(n)
	return scopeKey(fn), fn
}

// scopeKey is the key of a function's scope: its start byte, or -1 for
// module scope (fn nil).
func scopeKey(fn *sitter.Node) int {
	if fn == nil {
		return -1
	}
	return int(fn.StartByte())
}

// bindings returns the names bound directly in a scope (the key scopeOf
// gives: not in nested functions) and the values bound to them. The first
// call sorts every binding of the file by scope in one pass
// (lang.ScopedAssignments): asking each scope's subtree for its
// assignments walked a nested function once per enclosing scope, and
// finding each value's scope walked its ancestors from Go.
func (f *fileFacts) bindings(key int) map[string][]*sitter.Node {
	if f.assigns == nil {
		f.assigns = map[int]map[string][]*sitter.Node{}
		for _, a := range f.lang.ScopedAssignments(f.root, f.src) {
			k := scopeKey(a.Scope)
			b := f.assigns[k]
			if b == nil {
				b = map[string][]*sitter.Node{}
				f.assigns[k] = b
			}
			for i, name := range a.Names {
				v := a.Value
				// x, y = 1, 2 / x, y := a, b: pair names with values.
				if len(a.Names) > 1 && (v.Kind() == "expression_list" || v.Kind() == "tuple" || v.Kind() == "pattern_list") && int(v.NamedChildCount()) == len(a.Names) {
					v = v.NamedChild(uint(i))
				} else if v.Kind() == "expression_list" && v.NamedChildCount() == 1 {
					v = v.NamedChild(0)
				}
				b[name] = append(b[name], v)
			}
		}
	}
	return f.assigns[key]
}

// resolve follows an identifier to the one value it is bound to in its
// function or at module scope. It returns n itself when the name is bound
// more than once, not at all, or n is not a name.
func (f *fileFacts) resolve(n *sitter.Node) *sitter.Node {
	for depth := 0; depth < 4 && n != nil; depth++ {
		switch n.Kind() {
		case "parenthesized_expression":
			if n.NamedChildCount() == 1 {
				n = n.NamedChild(0)
				continue
			}
		case "identifier", "shorthand_property_identifier":
		default:
			return n
		}
		name := f.src.Text(n)
		key, _ := f.scopeOf(n)
		vals := f.bindings(key)[name]
		if len(vals) == 0 && key != -1 {
			vals = f.bindings(-1)[name]
		}
		if len(vals) != 1 || vals[0].Equals(*n) {
			return n
		}
		n = vals[0]
	}
	return n
}

// isConstant reports whether n's value is known without running the code.
func (f *fileFacts) isConstant(n *sitter.Node, depth int) bool {
	if depth > 8 {
		return false
	}
	n = f.resolve(n)
	switch n.Kind() {
	case "integer", "float", "true", "false", "none", "number", "null", "undefined", "nil",
		"int_literal", "float_literal", "imaginary_literal", "rune_literal", "raw_string_literal":
		return true
	case "string", "interpreted_string_literal", "template_string":
		// Interpolation makes a string dynamic: f"{x}", `${x}`.
		for i := uint(0); i < n.NamedChildCount(); i++ {
			switch n.NamedChild(i).Kind() {
			case "interpolation", "template_substitution":
				return false
			}
		}
		return true
	case "concatenated_string", "binary_operator", "binary_expression", "list", "tuple", "array",
		"expression_list", "parenthesized_expression":
		for i := uint(0); i < n.NamedChildCount(); i++ {
			if c := n.NamedChild(i); c.Kind() != "comment" && !f.isConstant(c, depth+1) {
				return false
			}
		}
		return n.NamedChildCount() > 0
	}
	return false
}

// valueText is the text of n, or of the value a name is bound to.
func (f *fileFacts) valueText(n *sitter.Node) string {
	if v, ok := f.values[n.Id()]; ok {
		return v
	}
	v := f.src.Text(f.resolve(n))
	if f.values == nil {
		f.values = map[uintptr]string{}
	}
	f.values[n.Id()] = v
	return v
}

// textKey is a text of the file (where it starts, how long) and an
// expression asked about it.
type textKey struct {
	m          *prefilter.Matcher
	start, len int
}

// textMatches answers m on a part of the file that starts at start, once
// per file: the conditions on a function's or a handler's text are asked
// for each call in it, and a function can be a whole bundled module.
func (f *fileFacts) textMatches(m *prefilter.Matcher, start int, text string) bool {
	k := textKey{m, start, len(text)}
	if v, ok := f.texts[k]; ok {
		return v
	}
	v := m.MatchString(text)
	if f.texts == nil {
		f.texts = map[textKey]bool{}
	}
	f.texts[k] = v
	return v
}

// enclosingHandler returns the MCP handler containing n, or nil.
func (f *fileFacts) enclosingHandler(n *sitter.Node) *mcpctx.Handler {
	hs := f.Handlers()
	if hs == nil || len(hs.List) == 0 {
		return nil
	}
	return hs.Enclosing(n.StartByte(), n.EndByte())
}

// taintedNames returns the names in a handler that carry client input:
// its input parameters, and every local bound (anywhere in the handler,
// in any order) from an expression that mentions one. Flow-insensitive
// on purpose: fast mode wants the direct cases, and deep mode does the
// precise analysis.
func (f *fileFacts) taintedNames(h *mcpctx.Handler) map[string]bool {
	if f.tainted == nil {
		f.tainted = map[uint]map[string]bool{}
	}
	if t, ok := f.tainted[h.Func.StartByte()]; ok {
		return t
	}
	t := map[string]bool{}
	for _, in := range h.Inputs {
		t[in] = true
	}
	assigns := f.lang.Assignments(&h.Func, f.src)
	refs := make([][]string, len(assigns))
	for i, a := range assigns {
		refs[i] = f.lang.Identifiers(a.Value, f.src)
	}
	for changed := true; changed; {
		changed = false
		for i, a := range assigns {
			hit := false
			for _, r := range refs[i] {
				if t[r] {
					hit = true
					break
				}
			}
			if !hit {
				continue
			}
			for _, name := range a.Names {
				if !t[name] {
					t[name] = true
					changed = true
				}
			}
		}
	}
	f.tainted[h.Func.StartByte()] = t
	return t
}

// fromInput reports whether n mentions a name carrying handler input.
func (f *fileFacts) fromInput(n *sitter.Node) bool {
	h := f.enclosingHandler(n)
	if h == nil {
		return false
	}
	t := f.taintedNames(h)
	for _, id := range f.lang.Identifiers(n, f.src) {
		if t[id] {
			return true
		}
	}
	return false
}

// argument finds the value of a named argument of a call, constructor or
// literal, following a dotted path into nested values. ok is false when
// the argument is certainly absent; unknown is true when a splat may
// supply it.
func (f *fileFacts) argument(n *sitter.Node, path string) (val *sitter.Node, ok bool, unknown bool) {
	cur := n
	for _, seg := range strings.Split(path, ".") {
		v, found, unk := f.namedArg(cur, seg, 0)
		if unk {
			return nil, false, true
		}
		if !found {
			return nil, false, false
		}
		cur = v
	}
	return cur, true, false
}

// namedArg looks for one named argument in a call, new-expression or
// literal (dict, object, composite literal), following names to values.
func (f *fileFacts) namedArg(n *sitter.Node, name string, depth int) (*sitter.Node, bool, bool) {
	if n == nil || depth > 6 {
		return nil, false, false
	}
	if f.deep && (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") {
		return f.deepKey(n, name, depth)
	}
	n = f.resolve(n)
	switch n.Kind() {
	case "call", "call_expression", "new_expression":
		args := n.ChildByFieldName("arguments")
		if args == nil {
			return nil, false, false
		}
		if idx, err := strconv.Atoi(name); err == nil {
			// A positional argument by index (keyword arguments and
			// comments do not count).
			pos := 0
			for i := uint(0); i < args.NamedChildCount(); i++ {
				a := args.NamedChild(i)
				switch a.Kind() {
				case "keyword_argument", "comment":
					continue
				case "list_splat", "dictionary_splat", "spread_element", "variadic_argument":
					return nil, false, true
				}
				if pos == idx {
					return a, true, false
				}
				pos++
			}
			return nil, false, false
		}
		unknown := false
		for i := uint(0); i < args.NamedChildCount(); i++ {
			a := args.NamedChild(i)
			switch a.Kind() {
			case "keyword_argument": // Python name=value
				if k := a.ChildByFieldName("name"); k != nil && f.src.Text(k) == name {
					return a.ChildByFieldName("value"), true, false
				}
			case "dictionary_splat", "spread_element":
				if f.deep && a.NamedChildCount() == 1 {
					// Deep mode reads the dict or object the splat expands.
					if v, ok, unk := f.namedArg(a.NamedChild(0), name, depth+1); ok {
						return v, true, false
					} else if !unk {
						continue
					}
				}
				unknown = true
			case "call_expression":
				// Go functional options: WithTLSCert(…), server.WithX(…).
				if f.lang.ID == lang.Go {
					if fn := a.ChildByFieldName("function"); fn != nil && lastSegment(f.src.Text(fn)) == name {
						return a, true, false
					}
				}
				fallthrough
			default:
				if f.lang.ID == lang.Python {
					continue // positional arguments have no name
				}
				// JS option objects and Go composite literals.
				if v, ok, unk := f.namedArg(a, name, depth+1); ok {
					return v, true, false
				} else if unk {
					unknown = true
				}
			}
		}
		return nil, false, unknown
	case "object": // JS { key: value }
		unknown := false
		for i := uint(0); i < n.NamedChildCount(); i++ {
			p := n.NamedChild(i)
			switch p.Kind() {
			case "pair":
				if k := p.ChildByFieldName("key"); k != nil && strings.Trim(f.src.Text(k), `"'`+"`") == name {
					return p.ChildByFieldName("value"), true, false
				}
			case "shorthand_property_identifier":
				if f.src.Text(p) == name {
					return p, true, false
				}
			case "method_definition":
				if k := p.ChildByFieldName("name"); k != nil && f.src.Text(k) == name {
					return p, true, false
				}
			case "spread_element":
				if f.deep && p.NamedChildCount() == 1 {
					if v, ok, unk := f.namedArg(p.NamedChild(0), name, depth+1); ok {
						return v, true, false
					} else if !unk {
						continue
					}
				}
				unknown = true
			}
		}
		return nil, false, unknown
	case "dictionary": // Python {"key": value}
		unknown := false
		for i := uint(0); i < n.NamedChildCount(); i++ {
			p := n.NamedChild(i)
			switch p.Kind() {
			case "pair":
				if k := p.ChildByFieldName("key"); k != nil && strings.Trim(f.src.Text(k), `"'`) == name {
					return p.ChildByFieldName("value"), true, false
				}
			case "dictionary_splat":
				if f.deep && p.NamedChildCount() == 1 {
					if v, ok, unk := f.namedArg(p.NamedChild(0), name, depth+1); ok {
						return v, true, false
					} else if !unk {
						continue
					}
				}
				unknown = true
			}
		}
		return nil, false, unknown
	case "unary_expression", "composite_literal", "literal_value":
		if n.Kind() == "unary_expression" {
			return f.namedArg(n.ChildByFieldName("operand"), name, depth+1)
		}
		body := n
		if n.Kind() == "composite_literal" {
			body = n.ChildByFieldName("body")
		}
		if body == nil {
			return nil, false, false
		}
		for i := uint(0); i < body.NamedChildCount(); i++ {
			kv := body.NamedChild(i)
			if kv.Kind() != "keyed_element" {
				continue
			}
			k, v := kv.ChildByFieldName("key"), kv.ChildByFieldName("value")
			if k != nil && strings.Trim(f.src.Text(k), "\"`") == name {
				if v != nil && v.Kind() == "literal_element" && v.NamedChildCount() == 1 {
					v = v.NamedChild(0)
				}
				return v, true, false
			}
		}
	case "await", "await_expression", "parenthesized_expression":
		if n.NamedChildCount() > 0 {
			return f.namedArg(n.NamedChild(0), name, depth+1)
		}
	}
	return nil, false, false
}

func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// functionText returns the text of the innermost function around n, or
// of the file, as a view (lang.Source.View): conditions only search it.
func (f *fileFacts) functionText(n *sitter.Node) (string, int) {
	_, fn := f.scopeOf(n)
	if fn == nil {
		return f.src.View(0, len(f.src.Bytes)), 0
	}
	return f.src.NodeView(fn), int(fn.StartByte())
}

// projectRegexps holds the regular expressions of project conditions; a
// finding that depends on one records its index.
type projectRegexps struct {
	list  []*regexp.Regexp
	index map[string]int
	// files are the file_matches expressions: decided once per file, in
	// the prefilter's pass, after the project ones.
	files     []*regexp.Regexp
	fileIndex map[string]int
}

func (p *projectRegexps) addFile(expr string) (int, *regexp.Regexp, error) {
	if p.fileIndex == nil {
		p.fileIndex = map[string]int{}
	}
	if i, ok := p.fileIndex[expr]; ok {
		return i, p.files[i], nil
	}
	re, err := recache.Compile(expr)
	if err != nil {
		return 0, nil, err
	}
	p.fileIndex[expr] = len(p.files)
	p.files = append(p.files, re)
	return len(p.files) - 1, re, nil
}

func (p *projectRegexps) add(expr string) (int, error) {
	if p.index == nil {
		p.index = map[string]int{}
	}
	if i, ok := p.index[expr]; ok {
		return i, nil
	}
	re, err := recache.Compile(expr)
	if err != nil {
		return 0, err
	}
	p.index[expr] = len(p.list)
	p.list = append(p.list, re)
	return len(p.list) - 1, nil
}

// deepKey answers namedArg for a variable in deep mode: the key is present
// if any value bound to the variable has it, or a later statement writes
// it (d["k"] = v, d.k = v, d.update(k=v), d.set("k", v), v.Set("k", x)).
// It is certainly absent only when every binding is a literal without it.
func (f *fileFacts) deepKey(id *sitter.Node, name string, depth int) (*sitter.Node, bool, bool) {
	varName := f.src.Text(id)
	key, fn := f.scopeOf(id)
	vals := f.bindings(key)[varName]
	if len(vals) == 0 && key != -1 {
		vals = f.bindings(-1)[varName]
		fn = nil
	}
	if w := f.keyWrite(fn, varName, name); w != nil {
		return w, true, false
	}
	if len(vals) == 0 {
		return nil, false, true // a parameter or an import: unknown
	}
	unknown := false
	for _, v := range vals {
		if v.Equals(*id) {
			continue
		}
		got, ok, unk := f.namedArg(v, name, depth+1)
		if ok {
			return got, true, false
		}
		switch v.Kind() {
		case "dictionary", "object", "composite_literal", "unary_expression", "literal_value":
			unknown = unknown || unk
		case "call", "call_expression", "new_expression":
			// dict(k=v), new URLSearchParams({…}), url.Values{…}: the
			// named arguments were searched above; other calls return
			// values whose keys are unknown.
			fnName := ""
			if c := v.ChildByFieldName("function"); c != nil {
				fnName = lastSegment(f.src.Text(c))
			} else if c := v.ChildByFieldName("constructor"); c != nil {
				fnName = lastSegment(f.src.Text(c))
			}
			switch fnName {
			case "dict", "URLSearchParams", "Values", "Map", "Object":
				unknown = unknown || unk
			default:
				unknown = true
			}
		default:
			unknown = true
		}
	}
	return nil, false, unknown
}

// keyWrite finds a statement in scope (nil: the module) that writes key to
// the variable.
func (f *fileFacts) keyWrite(scope *sitter.Node, varName, key string) *sitter.Node {
	n := scope
	if n == nil {
		n = f.root
	}
	var found *sitter.Node
	cur := n.Walk()
	defer cur.Close()
	isVar := func(x *sitter.Node) bool { return x != nil && x.Kind() == "identifier" && f.src.Text(x) == varName }
	strIs := func(x *sitter.Node) bool {
		return x != nil && strings.Trim(f.src.Text(x), "\"'`") == key && (x.Kind() == "string" || x.Kind() == "interpreted_string_literal" || x.Kind() == "raw_string_literal")
	}
	for found == nil {
		x := cur.Node()
		switch x.Kind() {
		case "subscript", "subscript_expression", "index_expression":
			// d["k"] = v (the write is the parent assignment's left side).
			obj := x.ChildByFieldName("value")
			if obj == nil {
				obj = x.ChildByFieldName("object")
			}
			if obj == nil {
				obj = x.ChildByFieldName("operand")
			}
			idx := x.ChildByFieldName("subscript")
			if idx == nil {
				idx = x.ChildByFieldName("index")
			}
			if isVar(obj) && strIs(idx) && isAssignLeft(x) {
				found = x
			}
		case "attribute", "member_expression":
			obj := x.ChildByFieldName("object")
			prop := x.ChildByFieldName("attribute")
			if prop == nil {
				prop = x.ChildByFieldName("property")
			}
			if isVar(obj) && prop != nil && f.src.Text(prop) == key && isAssignLeft(x) {
				found = x
			}
		case "call", "call_expression":
			fn := x.ChildByFieldName("function")
			args := x.ChildByFieldName("arguments")
			if fn == nil || args == nil {
				break
			}
			var obj, meth *sitter.Node
			switch fn.Kind() {
			case "attribute":
				obj, meth = fn.ChildByFieldName("object"), fn.ChildByFieldName("attribute")
			case "member_expression":
				obj, meth = fn.ChildByFieldName("object"), fn.ChildByFieldName("property")
			case "selector_expression":
				obj, meth = fn.ChildByFieldName("operand"), fn.ChildByFieldName("field")
			}
			if !isVar(obj) || meth == nil {
				break
			}
			switch f.src.Text(meth) {
			case "set", "append", "setdefault", "Set", "Add", "put":
				if args.NamedChildCount() > 0 && strIs(args.NamedChild(0)) {
					found = x
				}
			case "update":
				if v, ok, _ := f.namedArg(x, key, 5); ok && v != nil {
					found = x
				} else if args.NamedChildCount() > 0 {
					if _, ok, _ := f.namedArg(args.NamedChild(0), key, 5); ok {
						found = x
					}
				}
			}
		}
		if found != nil {
			break
		}
		// Writes inside nested functions belong to other scopes.
		nested := f.lang.IsFunction(x) && (scope == nil || !x.Equals(*scope))
		if !nested && cur.GotoFirstChild() {
			continue
		}
		for !cur.GotoNextSibling() {
			if !cur.GotoParent() {
				return found
			}
		}
	}
	return found
}

// isAssignLeft reports whether n is the left side of an assignment.
func isAssignLeft(n *sitter.Node) bool {
	p := n.Parent()
	if p == nil {
		return false
	}
	switch p.Kind() {
	case "assignment", "augmented_assignment", "assignment_expression", "augmented_assignment_expression":
		if l := p.ChildByFieldName("left"); l != nil && l.Equals(*n) {
			return true
		}
	case "expression_list":
		if gp := p.Parent(); gp != nil && gp.Kind() == "assignment_statement" {
			if l := gp.ChildByFieldName("left"); l != nil && l.Equals(*p) {
				return true
			}
		}
	}
	return false
}
