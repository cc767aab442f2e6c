package mcpctx

import (
	"fmt"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// HandlerKind is what an MCP handler serves.
type HandlerKind string

// Handler kinds.
const (
	KindTool     HandlerKind = "tool"
	KindPrompt   HandlerKind = "prompt"
	KindResource HandlerKind = "resource"
)

// Handler is a function registered with an MCP SDK as a tool, prompt or
// resource handler. Its Inputs are the parameters whose values the client
// (and so the model, and whoever steers it) chooses.
type Handler struct {
	Kind HandlerKind
	// Name is the tool, prompt or resource name (or URI template) when it
	// is written as a literal; otherwise the function's name, or "".
	Name string
	// Func is the handler function. It is valid while the tree is.
	Func sitter.Node
	// Inputs are the names of the client-controlled parameters.
	Inputs []string
	// Registration is the decorator or registration call.
	Registration sitter.Node
}

// Line returns the 1-based line of the handler's registration.
func (h *Handler) Line() int { return lang.LineOfNode(&h.Registration) }

// Handlers is the handler model of one file.
type Handlers struct {
	List []*Handler
}

// Enclosing returns the innermost handler whose function contains the
// byte range, or nil.
func (hs *Handlers) Enclosing(start, end uint) *Handler {
	var best *Handler
	for _, h := range hs.List {
		if h.Func.StartByte() <= start && end <= h.Func.EndByte() {
			if best == nil || h.Func.StartByte() >= best.Func.StartByte() {
				best = h
			}
		}
	}
	return best
}

var handlerQueries = map[lang.ID]string{
	lang.Python: `
(decorated_definition (decorator) @dec definition: (function_definition) @func)
((call function: (attribute attribute: (identifier) @method) arguments: (argument_list . (identifier) @ref)) @reg
 (#any-of? @method "add_tool" "add_prompt" "add_resource" "from_function"))
`,
	lang.JavaScript: jsHandlerQuery,
	lang.TypeScript: jsHandlerQuery,
	lang.TSX:        jsHandlerQuery,
	lang.Go: `
((call_expression function: [(selector_expression field: (field_identifier) @method) (identifier) @method]
                  arguments: (argument_list) @args) @reg
 (#any-of? @method "AddTool" "AddPrompt" "AddResource" "AddResourceTemplate"))
`,
}

const jsHandlerQuery = `
((call_expression function: (member_expression property: (property_identifier) @method)
                  arguments: (arguments) @args) @reg
 (#any-of? @method "registerTool" "tool" "registerPrompt" "prompt" "registerResource" "resource" "setRequestHandler"))
`

// handlerQuery holds each grammar's compiled handler query.
var handlerQuery = lang.NewPerLanguage(func(l *lang.Language) (*sitter.Query, error) {
	q, err := sitter.NewQuery(l.Grammar(), handlerQueries[l.ID])
	if err != nil {
		return nil, fmt.Errorf("handler query for %s: %v", l.Name, err)
	}
	return q, nil
})

func compiledHandlerQuery(id lang.ID) (*sitter.Query, error) {
	return handlerQuery.Get(id)
}

// FindHandlers recognises the MCP handler registrations of a file:
//
//   - Python: functions decorated @<x>.tool / .prompt / .resource (bare or
//     called), the low-level @<x>.call_tool() / .get_prompt() /
//     .read_resource(), and functions passed to <x>.add_tool(fn),
//     add_prompt, add_resource or Tool.from_function(fn);
//   - TypeScript/JavaScript: the callback of <x>.registerTool / tool /
//     registerPrompt / prompt / registerResource / resource, and
//     setRequestHandler(CallToolRequestSchema | GetPromptRequestSchema |
//     ReadResourceRequestSchema, cb);
//   - Go: the handler of mcp.AddTool / <server>.AddTool / AddPrompt /
//     AddResource / AddResourceTemplate (go-sdk and mcp-go), written inline
//     or naming a function or method of the same file.
//
// Callers should only ask for the handlers of MCP-context files.
func FindHandlers(l *lang.Language, root *sitter.Node, src *lang.Source) (*Handlers, error) {
	q, err := compiledHandlerQuery(l.ID)
	if err != nil {
		return nil, err
	}
	hs := &Handlers{}
	cur := sitter.NewQueryCursor()
	defer cur.Close()
	names := q.CaptureNames()
	var funcs *funcIndex
	seen := map[uint]bool{}
	matches := cur.Matches(q, root, src.Bytes)
	for m := matches.Next(); m != nil; m = matches.Next() {
		caps := map[string]sitter.Node{}
		for _, c := range m.Captures {
			caps[names[c.Index]] = c.Node
		}
		if funcs == nil {
			funcs = indexFunctions(l, root, src)
		}
		var h *Handler
		switch l.ID {
		case lang.Python:
			h = pythonHandler(l, caps, src, funcs)
		case lang.Go:
			h = goHandler(l, caps, src, funcs)
		default:
			h = jsHandler(l, caps, src, funcs)
		}
		if h == nil || seen[h.Func.StartByte()] {
			continue
		}
		seen[h.Func.StartByte()] = true
		hs.List = append(hs.List, h)
	}
	sort.Slice(hs.List, func(i, j int) bool { return hs.List[i].Func.StartByte() < hs.List[j].Func.StartByte() })
	return hs, nil
}

// funcIndex finds a file's named functions: Python defs, JS function
// declarations and `const f = (…) => …`, Go functions and methods.
type funcIndex struct {
	byName map[string]sitter.Node
	// strs maps names bound to a string literal (const name = "echo"),
	// for registrations that name the tool through a constant.
	strs map[string]string
	// root is the file; assigns are its assignments, read on first use
	// (a Go tool definition named through a variable).
	root        *sitter.Node
	assigns     []lang.Assignment
	assignsDone bool
}

// assignments returns the file's Go assignments, read once per file.
func (f *funcIndex) assignments(src *lang.Source) []lang.Assignment {
	if !f.assignsDone {
		f.assignsDone = true
		f.assigns = lang.ByID(lang.Go).Assignments(f.root, src)
	}
	return f.assigns
}

func indexFunctions(l *lang.Language, root *sitter.Node, src *lang.Source) *funcIndex {
	idx := &funcIndex{byName: map[string]sitter.Node{}, strs: map[string]string{}, root: root}
	nodes := l.NodesOfKind(root, src.Bytes, "function_definition", "function_declaration", "method_declaration",
		"generator_function_declaration", "method_definition", "variable_declarator")
	for i := range nodes {
		n := &nodes[i]
		switch n.Kind() {
		case "variable_declarator":
			name, value := n.ChildByFieldName("name"), n.ChildByFieldName("value")
			if name != nil && value != nil && l.IsFunction(value) {
				if _, dup := idx.byName[src.Text(name)]; !dup {
					idx.byName[src.Text(name)] = *value
				}
			}
			if name != nil && value != nil && value.Kind() == "string" {
				if _, dup := idx.strs[src.Text(name)]; dup {
					idx.strs[src.Text(name)] = "" // bound twice: unknown
				} else {
					idx.strs[src.Text(name)] = unquote(src.Text(value))
				}
			}
		default:
			if name := n.ChildByFieldName("name"); name != nil {
				if _, dup := idx.byName[src.Text(name)]; !dup {
					idx.byName[src.Text(name)] = *n
				}
			}
		}
	}
	return idx
}

func (f *funcIndex) lookup(name string) (sitter.Node, bool) {
	n, ok := f.byName[name]
	return n, ok
}

var pythonDecoratorKinds = map[string]HandlerKind{
	"tool": KindTool, "call_tool": KindTool,
	"prompt": KindPrompt, "get_prompt": KindPrompt,
	"resource": KindResource, "read_resource": KindResource,
}

func pythonHandler(l *lang.Language, caps map[string]sitter.Node, src *lang.Source, funcs *funcIndex) *Handler {
	if dec, ok := caps["dec"]; ok {
		fn := caps["func"]
		expr := dec.NamedChild(0)
		if expr == nil {
			return nil
		}
		var call *sitter.Node
		if expr.Kind() == "call" {
			call = expr
			expr = expr.ChildByFieldName("function")
		}
		if expr == nil || expr.Kind() != "attribute" {
			return nil
		}
		attr := expr.ChildByFieldName("attribute")
		if attr == nil {
			return nil
		}
		kind, ok := pythonDecoratorKinds[src.Text(attr)]
		if !ok {
			return nil
		}
		h := &Handler{Kind: kind, Func: fn, Registration: dec}
		if call != nil {
			h.Name = pythonNameArg(call, src)
		}
		if h.Name == "" {
			if n := fn.ChildByFieldName("name"); n != nil {
				h.Name = src.Text(n)
			}
		}
		h.Inputs = pythonInputs(l, &fn, src)
		return h
	}
	reg, ok := caps["reg"]
	ref, rok := caps["ref"]
	if !ok || !rok {
		return nil
	}
	fn, found := funcs.lookup(src.Text(&ref))
	if !found || fn.Kind() != "function_definition" {
		return nil
	}
	kind := KindTool
	switch method := caps["method"]; src.Text(&method) {
	case "add_prompt":
		kind = KindPrompt
	case "add_resource":
		kind = KindResource
	}
	h := &Handler{Kind: kind, Func: fn, Registration: reg, Name: pythonNameArg(&reg, src)}
	if h.Name == "" {
		h.Name = src.Text(&ref)
	}
	h.Inputs = pythonInputs(l, &fn, src)
	return h
}

// pythonNameArg returns name="…" or a leading string argument of a call.
func pythonNameArg(call *sitter.Node, src *lang.Source) string {
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return ""
	}
	for i := uint(0); i < args.NamedChildCount(); i++ {
		a := args.NamedChild(i)
		switch a.Kind() {
		case "keyword_argument":
			if n := a.ChildByFieldName("name"); n != nil && src.Text(n) == "name" {
				if v := a.ChildByFieldName("value"); v != nil && v.Kind() == "string" {
					return unquote(src.Text(v))
				}
			}
		case "string":
			if i == 0 {
				return unquote(src.Text(a))
			}
		}
	}
	return ""
}

// pythonInputs are every parameter but self/cls and the request context.
func pythonInputs(l *lang.Language, fn *sitter.Node, src *lang.Source) []string {
	var out []string
	for _, p := range l.Params(fn, src) {
		for _, n := range p.Names {
			if n == "" || n == "self" || n == "cls" || n == "ctx" || n == "context" || strings.Contains(p.Type, "Context") {
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

var jsMethodKinds = map[string]HandlerKind{
	"registerTool": KindTool, "tool": KindTool,
	"registerPrompt": KindPrompt, "prompt": KindPrompt,
	"registerResource": KindResource, "resource": KindResource,
}

var jsRequestSchemas = map[string]HandlerKind{
	"CallToolRequestSchema": KindTool, "GetPromptRequestSchema": KindPrompt, "ReadResourceRequestSchema": KindResource,
}

func jsHandler(l *lang.Language, caps map[string]sitter.Node, src *lang.Source, funcs *funcIndex) *Handler {
	reg, args, method := caps["reg"], caps["args"], caps["method"]
	argv := withoutComments(&args)
	n := uint(len(argv))
	if n < 2 {
		return nil
	}
	first := argv[0]
	var kind HandlerKind
	name := ""
	m := src.Text(&method)
	if m == "setRequestHandler" {
		k, ok := jsRequestSchemas[lang.QualifiedName(first, src, nil)]
		if !ok {
			// The schema may be imported under its own name or read off
			// a namespace: types.CallToolRequestSchema.
			text := src.Text(first)
			for s, kk := range jsRequestSchemas {
				if strings.HasSuffix(text, s) {
					k, ok = kk, true
				}
			}
			if !ok {
				return nil
			}
		}
		kind = k
	} else {
		// server.tool("name", …): the first argument is the name, a string
		// or a constant bound to one.
		switch {
		case first.Kind() == "string" || first.Kind() == "template_string":
			name = unquote(src.Text(first))
		case first.Kind() == "identifier" && funcs.strs[src.Text(first)] != "":
			name = funcs.strs[src.Text(first)]
		default:
			return nil
		}
		kind = jsMethodKinds[m]
	}
	last := argv[n-1]
	var fn sitter.Node
	switch {
	case l.IsFunction(last):
		fn = *last
	case last.Kind() == "identifier":
		f, ok := funcs.lookup(src.Text(last))
		if !ok {
			return nil
		}
		fn = f
	default:
		return nil
	}
	h := &Handler{Kind: kind, Name: name, Func: fn, Registration: reg}
	params := l.Params(&fn, src)
	switch {
	case m == "setRequestHandler":
		// The whole request: request.params.arguments, .uri, …
		h.Inputs = namesOf(params, 0, 1)
	case kind == KindResource:
		// Resource templates: (uri, variables); static resources take a
		// fixed URI and have no client input.
		if n >= 3 && isResourceTemplate(argv[1], src) {
			h.Inputs = namesOf(params, 0, 2)
		}
	default:
		// (args, extra): the arguments object, often destructured.
		h.Inputs = namesOf(params, 0, 1)
	}
	return h
}

// withoutComments returns an argument list's arguments, skipping comments
// written between them.
func withoutComments(args *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for i := uint(0); i < args.NamedChildCount(); i++ {
		if a := args.NamedChild(i); a.Kind() != "comment" {
			out = append(out, a)
		}
	}
	return out
}

func isResourceTemplate(n *sitter.Node, src *lang.Source) bool {
	return n.Kind() == "new_expression" && strings.HasSuffix(src.Text(n.ChildByFieldName("constructor")), "ResourceTemplate") ||
		strings.Contains(src.Text(n), "{")
}

func namesOf(params []lang.Param, from, to int) []string {
	var out []string
	for _, p := range params {
		if p.Index >= from && p.Index < to {
			out = append(out, p.Names...)
		}
	}
	return out
}

var goMethodKinds = map[string]HandlerKind{
	"AddTool": KindTool, "AddPrompt": KindPrompt, "AddResource": KindResource, "AddResourceTemplate": KindResource,
}

func goHandler(l *lang.Language, caps map[string]sitter.Node, src *lang.Source, funcs *funcIndex) *Handler {
	reg, args, method := caps["reg"], caps["args"], caps["method"]
	argv := withoutComments(&args)
	n := uint(len(argv))
	if n < 2 {
		return nil
	}
	last := argv[n-1]
	var fn sitter.Node
	switch last.Kind() {
	case "func_literal":
		fn = *last
	case "identifier":
		f, ok := funcs.lookup(src.Text(last))
		if !ok {
			return nil
		}
		fn = f
	case "selector_expression": // h.handle: a method of the same file
		field := last.ChildByFieldName("field")
		if field == nil {
			return nil
		}
		f, ok := funcs.lookup(src.Text(field))
		if !ok {
			return nil
		}
		fn = f
	default:
		return nil
	}
	h := &Handler{Kind: goMethodKinds[src.Text(&method)], Func: fn, Registration: reg}
	for i := uint(0); i+1 < n; i++ {
		if name := goDefinitionName(argv[i], src, funcs, 0); name != "" {
			h.Name = name
			break
		}
	}
	for _, p := range l.Params(&fn, src) {
		if strings.Contains(p.Type, "Context") && !strings.Contains(p.Type, "Request") || p.Names[0] == "" || p.Names[0] == "_" {
			continue
		}
		h.Inputs = append(h.Inputs, p.Names...)
	}
	return h
}

// goDefinitionName finds the name in a tool definition: &mcp.Tool{Name:
// "x"}, mcp.NewTool("x", …), or a variable of the file assigned one of
// those.
func goDefinitionName(n *sitter.Node, src *lang.Source, funcs *funcIndex, depth int) string {
	if depth > 3 {
		return ""
	}
	switch n.Kind() {
	case "unary_expression":
		if op := n.ChildByFieldName("operand"); op != nil {
			return goDefinitionName(op, src, funcs, depth+1)
		}
	case "composite_literal":
		body := n.ChildByFieldName("body")
		if body == nil {
			return ""
		}
		for i := uint(0); i < body.NamedChildCount(); i++ {
			kv := body.NamedChild(i)
			if kv.Kind() != "keyed_element" {
				continue
			}
			k, v := kv.ChildByFieldName("key"), kv.ChildByFieldName("value")
			if k != nil && v != nil && (src.Text(k) == "Name" || src.Text(k) == "URITemplate") {
				return unquote(src.Text(v))
			}
		}
	case "call_expression":
		fn := n.ChildByFieldName("function")
		args := n.ChildByFieldName("arguments")
		if fn != nil && args != nil && args.NamedChildCount() > 0 && strings.HasPrefix(lastSegment(src.Text(fn)), "New") {
			a := args.NamedChild(0)
			if a.Kind() == "interpreted_string_literal" || a.Kind() == "raw_string_literal" {
				return unquote(src.Text(a))
			}
		}
	case "identifier":
		name := src.Text(n)
		for _, a := range funcs.assignments(src) {
			for i, an := range a.Names {
				if an == name && a.Value != nil && int(a.Value.NamedChildCount()) > i {
					if v := goDefinitionName(a.Value.NamedChild(uint(i)), src, funcs, depth+1); v != "" {
						return v
					}
				}
			}
		}
	}
	return ""
}

func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// unquote strips one level of string quotes (and Python prefixes).
func unquote(s string) string {
	s = strings.TrimLeft(s, "rRbBuUfF")
	for _, q := range []string{`"""`, `'''`, `"`, `'`, "`"} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			return s[len(q) : len(s)-len(q)]
		}
	}
	return s
}
