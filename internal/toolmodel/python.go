package toolmodel

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// python extracts FastMCP / fastmcp decorated tools, prompts and
// resources (description= or the docstring; parameters from the
// signature, with Annotated[…, Field(description=…)] and = Field(…)),
// add_tool/Tool.from_function registrations, low-level types.Tool(…),
// Prompt(…), Resource(…) objects, and server instructions.
func (x *extractor) python() {
	for _, h := range x.handlers.List {
		reg := h.Registration
		switch reg.Kind() {
		case "decorator":
			x.pyDecorated(h)
		case "call":
			x.pyRegistered(h)
		}
	}
	x.eachOfKind(func(n *sitter.Node) {
		fn := n.ChildByFieldName("function")
		if fn == nil {
			return
		}
		name := lastSeg(x.textOf(fn))
		switch name {
		case "FastMCP", "MCPServer", "Server":
			x.pyServer(n)
		case "Tool", "Prompt", "Resource", "ResourceTemplate":
			x.pyObject(n, name)
		}
	}, "call")
}

func lastSeg(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// kwargs returns a call's keyword arguments and positional arguments.
func (x *extractor) kwargs(call *sitter.Node) (map[string]*sitter.Node, []*sitter.Node) {
	kw := map[string]*sitter.Node{}
	var pos []*sitter.Node
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return kw, nil
	}
	for i := uint(0); i < args.NamedChildCount(); i++ {
		a := args.NamedChild(i)
		switch a.Kind() {
		case "keyword_argument":
			if k := a.ChildByFieldName("name"); k != nil {
				kw[x.textOf(k)] = a.ChildByFieldName("value")
			}
		case "comment", "list_splat", "dictionary_splat":
		default:
			pos = append(pos, a)
		}
	}
	return kw, pos
}

func (x *extractor) pyServer(call *sitter.Node) {
	kw, pos := x.kwargs(call)
	if in := kw["instructions"]; in != nil {
		if t := x.text(in); t != nil {
			x.model.Instructions = append(x.model.Instructions, t)
		}
	}
	if x.model.ServerName == "" {
		if n := kw["name"]; n != nil {
			x.model.ServerName, _ = x.str(n)
		} else if len(pos) > 0 {
			x.model.ServerName, _ = x.str(pos[0])
		}
	}
}

var pyKinds = map[string]Kind{"tool": KindTool, "prompt": KindPrompt, "resource": KindResource}

func (x *extractor) pyDecorated(h *mcpctx.Handler) {
	dec := h.Registration
	expr := dec.NamedChild(0)
	if expr == nil {
		return
	}
	var call *sitter.Node
	if expr.Kind() == "call" {
		call = expr
		expr = expr.ChildByFieldName("function")
	}
	if expr == nil || expr.Kind() != "attribute" {
		return
	}
	attr := expr.ChildByFieldName("attribute")
	kind, ok := pyKinds[x.textOf(attr)]
	if !ok {
		return // @server.call_tool() and friends serve tools defined elsewhere
	}
	fn := h.Func
	t := &Tool{Kind: kind, Name: h.Name, Span: x.span(&dec), Handler: x.spanPtr(&fn), Via: "@" + x.textOf(attr) + " decorator"}
	fnName := fn.ChildByFieldName("name")
	var kw map[string]*sitter.Node
	var pos []*sitter.Node
	if call != nil {
		kw, pos = x.kwargs(call)
	}
	t.NameText = x.nameText(fnName, h.Name)
	if n := kw["name"]; n != nil {
		t.NameText = x.nameText(n, h.Name)
	} else if kind != KindResource && len(pos) > 0 {
		t.NameText = x.nameText(pos[0], h.Name)
	}
	if kind == KindResource {
		if len(pos) > 0 {
			t.URI, _ = x.str(pos[0])
		}
		if kw["uri"] != nil {
			t.URI, _ = x.str(kw["uri"])
		}
		if n := kw["name"]; n == nil && fnName != nil {
			t.Name = x.textOf(fnName)
			t.NameText = x.nameText(fnName, t.Name)
		} else if n != nil {
			t.Name, _ = x.str(n)
		}
	}
	x.pyCommon(t, kw, &fn)
	x.add(t)
}

// pyRegistered handles mcp.add_tool(fn, name=…, description=…) and
// Tool.from_function(fn, …).
func (x *extractor) pyRegistered(h *mcpctx.Handler) {
	call := h.Registration
	kind := Kind(h.Kind)
	fn := h.Func
	t := &Tool{Kind: kind, Name: h.Name, Span: x.span(&call), Handler: x.spanPtr(&fn), Via: lastSeg(x.textOf(call.ChildByFieldName("function")))}
	kw, _ := x.kwargs(&call)
	if n := kw["name"]; n != nil {
		t.NameText = x.nameText(n, h.Name)
	} else {
		t.NameText = x.nameText(fn.ChildByFieldName("name"), h.Name)
	}
	x.pyCommon(t, kw, &fn)
	x.add(t)
}

// pyCommon reads title, description (or the docstring), annotations and
// the parameters of a decorated or registered function.
func (x *extractor) pyCommon(t *Tool, kw map[string]*sitter.Node, fn *sitter.Node) {
	if v := kw["title"]; v != nil {
		t.Title = x.text(v)
	}
	if v := kw["description"]; v != nil {
		t.Description = x.text(v)
	} else if doc := x.docstring(fn); doc != nil {
		t.Description = x.text(doc)
	}
	t.Annotations = map[string]Annotation{}
	if v := kw["annotations"]; v != nil {
		annotationsOf(x.literal(v, 0), t.Annotations)
	}
	t.Params, t.SchemaOpen = x.pyParams(fn)
	t.SchemaKnown = true
}

// docstring returns the first statement of a function when it is a
// string.
func (x *extractor) docstring(fn *sitter.Node) *sitter.Node {
	body := fn.ChildByFieldName("body")
	if body == nil || body.NamedChildCount() == 0 {
		return nil
	}
	first := body.NamedChild(0)
	if first.Kind() == "expression_statement" && first.NamedChildCount() == 1 {
		s := first.NamedChild(0)
		if s.Kind() == "string" || s.Kind() == "concatenated_string" {
			return s
		}
	}
	return nil
}

// pyParams reads a function's client-visible parameters.
func (x *extractor) pyParams(fn *sitter.Node) ([]*Param, bool) {
	params := fn.ChildByFieldName("parameters")
	if params == nil {
		return nil, false
	}
	var out []*Param
	open := false
	for i := uint(0); i < params.NamedChildCount(); i++ {
		p := params.NamedChild(i)
		var nameNode, typeNode, value *sitter.Node
		switch p.Kind() {
		case "identifier":
			nameNode = p
		case "typed_parameter":
			for j := uint(0); j < p.NamedChildCount(); j++ {
				if c := p.NamedChild(j); c.Kind() == "identifier" {
					nameNode = c
					break
				}
				if c := p.NamedChild(j); c.Kind() == "dictionary_splat_pattern" {
					open = true
				}
			}
			typeNode = p.ChildByFieldName("type")
		case "default_parameter", "typed_default_parameter":
			nameNode = p.ChildByFieldName("name")
			typeNode = p.ChildByFieldName("type")
			value = p.ChildByFieldName("value")
		case "dictionary_splat_pattern":
			open = true
			continue
		default:
			continue
		}
		if nameNode == nil {
			continue
		}
		name := x.textOf(nameNode)
		typ := ""
		if typeNode != nil {
			typ = x.textOf(typeNode)
		}
		if name == "self" || name == "cls" || name == "ctx" || name == "context" || strings.Contains(typ, "Context") {
			continue
		}
		param := &Param{Name: name, NameText: x.nameText(nameNode, name), Span: x.span(nameNode), Required: value == nil}
		x.pyType(param, typeNode)
		if value != nil {
			x.pyDefault(param, value)
		}
		out = append(out, param)
	}
	return out, open
}

// pyType reads a parameter's annotation: the JSON type, and for
// Annotated[T, Field(…)] or Annotated[T, "description"] the metadata.
func (x *extractor) pyType(p *Param, typeNode *sitter.Node) {
	if typeNode == nil {
		return
	}
	t := typeNode
	if t.Kind() == "type" && t.NamedChildCount() == 1 {
		t = t.NamedChild(0)
	}
	text := strings.TrimSpace(x.textOf(t))
	// X | None and Optional[X]
	if t.Kind() == "binary_operator" {
		l, r := t.ChildByFieldName("left"), t.ChildByFieldName("right")
		if r != nil && x.textOf(r) == "None" {
			x.pyType(p, l)
			return
		}
		if l != nil && x.textOf(l) == "None" {
			x.pyType(p, r)
			return
		}
		p.Type = ""
		return
	}
	if t.Kind() == "generic_type" || t.Kind() == "subscript" {
		head := ""
		var args []*sitter.Node
		for j := uint(0); j < t.NamedChildCount(); j++ {
			c := t.NamedChild(j)
			switch c.Kind() {
			case "identifier", "attribute":
				if head == "" {
					head = lastSeg(x.textOf(c))
				}
			case "type_parameter":
				for k := uint(0); k < c.NamedChildCount(); k++ {
					args = append(args, c.NamedChild(k))
				}
			}
		}
		if t.Kind() == "subscript" {
			if v := t.ChildByFieldName("value"); v != nil {
				head = lastSeg(x.textOf(v))
			}
			for j := uint(0); j < t.NamedChildCount(); j++ {
				if t.FieldNameForNamedChild(uint32(j)) == "subscript" {
					args = append(args, t.NamedChild(j))
				}
			}
		}
		switch head {
		case "Annotated":
			if len(args) > 0 {
				x.pyType(p, args[0])
				for _, meta := range args[1:] {
					m := meta
					if m.Kind() == "type" && m.NamedChildCount() == 1 {
						m = m.NamedChild(0)
					}
					switch m.Kind() {
					case "call":
						x.pyField(p, m)
					case "string", "concatenated_string":
						p.Description = x.text(m)
					}
				}
			}
			return
		case "Optional":
			if len(args) > 0 {
				x.pyType(p, args[0])
			}
			return
		case "Literal":
			p.Type, p.Constrained = "string", true
			for _, a := range args {
				inner := a
				if inner.Kind() == "type" && inner.NamedChildCount() == 1 {
					inner = inner.NamedChild(0)
				}
				if tx := x.text(inner); tx != nil {
					p.Enum = append(p.Enum, tx)
				}
			}
			return
		case "list", "List", "Sequence", "tuple", "Tuple", "set", "Set", "Iterable", "frozenset":
			p.Type = "array"
			return
		case "dict", "Dict", "Mapping", "MutableMapping":
			p.Type = "object"
			if len(args) == 2 && strings.Contains(x.textOf(args[1]), "Any") {
				p.Type = "any"
			}
			return
		case "Json":
			p.Type = "any"
			return
		case "Union":
			p.Type = ""
			return
		}
		return
	}
	switch text {
	case "str":
		p.Type = "string"
	case "int":
		p.Type = "integer"
	case "float":
		p.Type = "number"
	case "bool":
		p.Type = "boolean"
	case "list", "tuple", "set":
		p.Type = "array"
	case "dict", "object":
		p.Type = "any" // a bare dict accepts any object
	case "Any", "typing.Any":
		p.Type = "any"
	default:
		switch lastSeg(text) {
		case "AnyUrl", "AnyHttpUrl", "HttpUrl", "FileUrl", "EmailStr", "SecretStr", "Path", "PurePath", "FilePath", "DirectoryPath", "NewPath":
			p.Type = "string" // pydantic and stdlib types that serialise to strings
			return
		case "UUID", "UUID4", "datetime", "date", "time", "timedelta", "IPv4Address", "IPv6Address", "Decimal":
			p.Type, p.Constrained = "string", true
			return
		}
		if x.pyIsEnum(text) {
			p.Type, p.Constrained = "string", true
		} else if text != "" {
			p.Type = "object"
		}
	}
}

// pyIsEnum reports whether a class of the file subclasses Enum.
func (x *extractor) pyIsEnum(name string) bool {
	found := false
	for i := uint(0); i < x.root.NamedChildCount(); i++ {
		c := x.root.NamedChild(i)
		if c.Kind() != "class_definition" {
			continue
		}
		if n := c.ChildByFieldName("name"); n == nil || x.textOf(n) != name {
			continue
		}
		if sup := c.ChildByFieldName("superclasses"); sup != nil && strings.Contains(x.textOf(sup), "Enum") {
			found = true
		}
	}
	return found
}

// pyField reads Field(description=…, pattern=…, max_length=…, …).
func (x *extractor) pyField(p *Param, call *sitter.Node) {
	fn := call.ChildByFieldName("function")
	if fn == nil || lastSeg(x.textOf(fn)) != "Field" {
		return
	}
	kw, pos := x.kwargs(call)
	if d := kw["description"]; d != nil {
		p.Description = x.text(d)
	}
	if t := kw["title"]; t != nil && p.Description == nil {
		p.Description = x.text(t)
	}
	for _, k := range []string{"pattern", "regex", "max_length", "maxLength", "le", "lt", "max_items", "json_schema_extra_enum"} {
		if kw[k] != nil && (k == "pattern" || k == "regex" || k == "max_length" || k == "maxLength") {
			p.Constrained = true
		}
	}
	if d := kw["default"]; d != nil {
		p.Required = false
		p.Default = x.text(d)
	} else if len(pos) > 0 && x.textOf(pos[0]) != "..." {
		p.Required = false
		p.Default = x.text(pos[0])
	}
}

func (x *extractor) pyDefault(p *Param, v *sitter.Node) {
	if v.Kind() == "call" {
		if fn := v.ChildByFieldName("function"); fn != nil && lastSeg(x.textOf(fn)) == "Field" {
			x.pyField(p, v)
			return
		}
	}
	p.Default = x.text(v)
}

// pyObject reads low-level definitions: types.Tool(name=…,
// description=…, inputSchema={…}, annotations=…), Prompt(…), Resource(…).
func (x *extractor) pyObject(call *sitter.Node, ctor string) {
	kw, _ := x.kwargs(call)
	nameNode := kw["name"]
	if nameNode == nil {
		return
	}
	kind := KindTool
	switch ctor {
	case "Prompt":
		kind = KindPrompt
	case "Resource", "ResourceTemplate":
		kind = KindResource
	}
	if kind == KindTool && kw["inputSchema"] == nil && kw["input_schema"] == nil && kw["description"] == nil {
		return
	}
	name, _ := x.str(nameNode)
	t := &Tool{Kind: kind, Name: name, NameText: x.nameText(nameNode, name), Span: x.span(call), Via: ctor + "(…)", Annotations: map[string]Annotation{}}
	if v := kw["title"]; v != nil {
		t.Title = x.text(v)
	}
	if v := kw["description"]; v != nil {
		t.Description = x.text(v)
	}
	for _, k := range []string{"uri", "uriTemplate"} {
		if v := kw[k]; v != nil {
			t.URI, _ = x.str(v)
		}
	}
	schema := kw["inputSchema"]
	if schema == nil {
		schema = kw["input_schema"]
	}
	if schema != nil {
		if params, ok := x.pyModelSchema(schema); ok {
			t.Params, t.SchemaKnown = params, true
		} else {
			t.Params, t.SchemaOpen, t.SchemaKnown = schemaParams(x.literal(schema, 0))
		}
	}
	if args := kw["arguments"]; args != nil && kind == KindPrompt {
		if ps, ok := promptArguments(x.literal(args, 0)); ok {
			t.SchemaKnown = true
			t.Params = append(t.Params, ps...)
		}
	}
	if v := kw["annotations"]; v != nil {
		annotationsOf(x.literal(v, 0), t.Annotations)
	}
	// Served by the low-level call_tool handler, when there is one.
	var only *mcpctx.Handler
	for _, h := range x.handlers.List {
		if h.Kind == mcpctx.HandlerKind(kind) && h.Registration.Kind() == "decorator" && !x.isDefinitionDecorator(h) {
			if only != nil {
				only = nil
				break
			}
			only = h
		}
	}
	if only != nil {
		f := only.Func
		t.Handler = x.spanPtr(&f)
	}
	x.add(t)
}

// pyModelSchema reads Model.model_json_schema() (or .schema()) of a
// pydantic model defined in the file: its annotated fields.
func (x *extractor) pyModelSchema(n *sitter.Node) ([]*Param, bool) {
	if n.Kind() != "call" {
		return nil, false
	}
	fn := n.ChildByFieldName("function")
	if fn == nil || fn.Kind() != "attribute" {
		return nil, false
	}
	method := x.textOf(fn.ChildByFieldName("attribute"))
	obj := fn.ChildByFieldName("object")
	if (method != "model_json_schema" && method != "schema") || obj == nil || obj.Kind() != "identifier" {
		return nil, false
	}
	var class *sitter.Node
	for i := uint(0); i < x.root.NamedChildCount(); i++ {
		c := x.root.NamedChild(i)
		if c.Kind() == "decorated_definition" {
			c = c.ChildByFieldName("definition")
		}
		if c != nil && c.Kind() == "class_definition" {
			if nm := c.ChildByFieldName("name"); nm != nil && x.textOf(nm) == x.textOf(obj) {
				class = c
			}
		}
	}
	if class == nil {
		return nil, false
	}
	var out []*Param
	body := class.ChildByFieldName("body")
	for i := uint(0); body != nil && i < body.NamedChildCount(); i++ {
		e := body.NamedChild(i)
		if e.Kind() != "expression_statement" || e.NamedChildCount() == 0 || e.NamedChild(0).Kind() != "assignment" {
			continue
		}
		a := e.NamedChild(0)
		l, typ, v := a.ChildByFieldName("left"), a.ChildByFieldName("type"), a.ChildByFieldName("right")
		if l == nil || l.Kind() != "identifier" || typ == nil {
			continue
		}
		name := x.textOf(l)
		p := &Param{Name: name, NameText: x.nameText(l, name), Span: x.span(l), Required: v == nil}
		x.pyType(p, typ)
		if v != nil {
			x.pyDefault(p, v)
		}
		out = append(out, p)
	}
	return out, true
}

func (x *extractor) isDefinitionDecorator(h *mcpctx.Handler) bool {
	expr := h.Registration.NamedChild(0)
	if expr != nil && expr.Kind() == "call" {
		expr = expr.ChildByFieldName("function")
	}
	if expr == nil || expr.Kind() != "attribute" {
		return false
	}
	_, ok := pyKinds[x.textOf(expr.ChildByFieldName("attribute"))]
	return ok
}
