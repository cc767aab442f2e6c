package toolmodel

import (
	"reflect"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// golang extracts go-sdk definitions (&mcp.Tool{…}, &mcp.Prompt{…},
// &mcp.Resource{…}, &mcp.ResourceTemplate{…}; the typed input struct of
// mcp.AddTool handlers with its json and jsonschema tags) and mcp-go
// definitions (mcp.NewTool(name, mcp.WithDescription(…),
// mcp.WithString(…, mcp.Description(…)), …), NewPrompt, NewResource,
// NewResourceTemplate), and server instructions.
func (x *extractor) golang() {
	x.eachOfKind(func(n *sitter.Node) {
		switch n.Kind() {
		case "composite_literal":
			typ := n.ChildByFieldName("type")
			if typ == nil {
				return
			}
			switch lastSeg(x.textOf(typ)) {
			case "Tool":
				x.goToolLiteral(n, KindTool)
			case "Prompt":
				x.goToolLiteral(n, KindPrompt)
			case "Resource", "ResourceTemplate":
				x.goToolLiteral(n, KindResource)
			case "ServerOptions":
				if l := x.literal(n, 0); l != nil {
					if in := l.get("instructions"); in != nil && in.kind == 's' {
						x.model.Instructions = append(x.model.Instructions, in.txt)
					}
				}
			case "Implementation":
				if l := x.literal(n, 0); l != nil && x.model.ServerName == "" {
					x.model.ServerName = l.get("name").str()
				}
			}
		case "call_expression":
			fn := n.ChildByFieldName("function")
			if fn == nil {
				return
			}
			if !x.goMCPCall(fn) {
				return // a function of the project that happens to share a name
			}
			switch lastSeg(x.textOf(fn)) {
			case "NewTool":
				x.goNewTool(n)
			case "NewPrompt":
				x.goNewOther(n, KindPrompt)
			case "NewResource", "NewResourceTemplate":
				x.goNewOther(n, KindResource)
			case "WithInstructions":
				if a := n.ChildByFieldName("arguments"); a != nil && a.NamedChildCount() == 1 {
					if t := x.text(a.NamedChild(0)); t != nil {
						x.model.Instructions = append(x.model.Instructions, t)
					}
				}
			case "NewMCPServer":
				if a := n.ChildByFieldName("arguments"); a != nil && a.NamedChildCount() > 0 && x.model.ServerName == "" {
					x.model.ServerName, _ = x.str(a.NamedChild(0))
				}
			}
		}
	}, "composite_literal", "call_expression")
}

// goHandlerOf finds the handler a definition is registered with: the
// AddTool call that holds it, or the one registered under its name.
func (x *extractor) goHandlerOf(def *sitter.Node, kind Kind, name string) *mcpctx.Handler {
	if h := x.handlerFor(def); h != nil {
		return h
	}
	if name != "" {
		return x.handlerNamed(mcpctx.HandlerKind(kind), name)
	}
	return nil
}

func (x *extractor) goToolLiteral(n *sitter.Node, kind Kind) {
	l := x.literal(n, 0)
	if l == nil || l.kind != 'o' {
		return
	}
	nameKey := "name"
	nm := l.get(nameKey)
	if nm == nil || nm.kind != 's' {
		return
	}
	if kind == KindTool && l.get("description") == nil && l.get("inputSchema") == nil && l.get("annotations") == nil {
		// A bare {Name: …} is likely another package's Tool type.
		if !x.goIsMCPType(n) {
			return
		}
	}
	t := &Tool{Kind: kind, Name: nm.str(), NameText: nm.txt, Span: x.span(n), Via: "mcp." + lastSeg(x.textOf(n.ChildByFieldName("type"))) + "{…}", Annotations: map[string]Annotation{}}
	if v := l.get("title"); v != nil && v.kind == 's' {
		t.Title = v.txt
	}
	if v := l.get("description"); v != nil && v.kind == 's' {
		t.Description = v.txt
	}
	if v := l.get("uri"); v != nil {
		t.URI = v.str()
	}
	if v := l.get("uriTemplate"); v != nil {
		t.URI = v.str()
	}
	if a := l.get("annotations"); a != nil {
		annotationsOf(a, t.Annotations)
	}
	if kind == KindPrompt {
		if ps, ok := promptArguments(l.get("arguments")); ok {
			t.SchemaKnown = true
			t.Params = append(t.Params, ps...)
		}
	}
	if s := l.get("inputSchema"); s != nil {
		t.Params, t.SchemaOpen, t.SchemaKnown = schemaParams(s)
	}
	if h := x.goHandlerOf(n, kind, t.Name); h != nil {
		f := h.Func
		t.Handler = x.spanPtr(&f)
		if kind == KindTool && !t.SchemaKnown {
			x.goTypedInput(t, h)
		}
	}
	x.add(t)
}

// goMCPCall reports whether a call's function is qualified by an MCP SDK
// import (mcp.NewTool, server.WithInstructions).
func (x *extractor) goMCPCall(fn *sitter.Node) bool {
	if fn.Kind() != "selector_expression" {
		return false
	}
	op := fn.ChildByFieldName("operand")
	if op == nil || op.Kind() != "identifier" {
		return false
	}
	im, ok := x.imports.Lookup(x.textOf(op))
	return ok && mcpctx.IsMarkerModule("go", im.Module)
}

// goIsMCPType reports whether a composite literal's type comes from an
// MCP SDK import.
func (x *extractor) goIsMCPType(n *sitter.Node) bool {
	typ := n.ChildByFieldName("type")
	if typ == nil || typ.Kind() != "qualified_type" {
		return false
	}
	pkg := typ.ChildByFieldName("package")
	if pkg == nil {
		return false
	}
	im, ok := x.imports.Lookup(x.textOf(pkg))
	return ok && mcpctx.IsMarkerModule("go", im.Module)
}

// goTypedInput reads the input struct of a go-sdk typed handler:
// func(ctx, req *mcp.CallToolRequest, in T) (…) or mcp.AddTool[T, Out].
func (x *extractor) goTypedInput(t *Tool, h *mcpctx.Handler) {
	fn := h.Func
	params := fn.ChildByFieldName("parameters")
	if params == nil {
		return
	}
	var typeName string
	idx := 0
	for i := uint(0); i < params.NamedChildCount(); i++ {
		p := params.NamedChild(i)
		if p.Kind() != "parameter_declaration" {
			continue
		}
		names := 0
		for j := uint(0); j < p.NamedChildCount(); j++ {
			if p.NamedChild(j).Kind() == "identifier" {
				names++
			}
		}
		if names == 0 {
			names = 1
		}
		if typ := p.ChildByFieldName("type"); typ != nil && idx+names > 2 {
			typeName = strings.TrimPrefix(x.textOf(typ), "*")
			break
		}
		idx += names
	}
	if typeName == "" {
		return
	}
	switch typeName {
	case "map[string]any", "map[string]interface{}", "any", "interface{}", "json.RawMessage":
		t.SchemaKnown, t.SchemaOpen = true, true
		return
	}
	st := x.goStruct(typeName)
	if st == nil {
		return
	}
	t.Params = x.goStructParams(st, 0)
	t.SchemaKnown = true
}

// goStruct finds `type Name struct {…}` in the file.
func (x *extractor) goStruct(name string) *sitter.Node {
	var found *sitter.Node
	walk(x.root, func(n *sitter.Node) bool {
		if found != nil {
			return false
		}
		if n.Kind() == "type_spec" {
			if nm := n.ChildByFieldName("name"); nm != nil && x.textOf(nm) == name {
				if typ := n.ChildByFieldName("type"); typ != nil && typ.Kind() == "struct_type" {
					found = typ
				}
			}
			return false
		}
		return n.Kind() == "source_file" || n.Kind() == "type_declaration" || n.Kind() == "function_declaration" || n.Kind() == "block" || strings.HasSuffix(n.Kind(), "statement")
	})
	return found
}

// goStructParams reads the exported fields of a struct: json names,
// jsonschema descriptions and enum/pattern/maxLength constraints.
func (x *extractor) goStructParams(st *sitter.Node, depth int) []*Param {
	var out []*Param
	walk(st, func(n *sitter.Node) bool {
		if n.Kind() != "field_declaration" {
			return n.Kind() == "struct_type" || n.Kind() == "field_declaration_list"
		}
		typ := n.ChildByFieldName("type")
		tag := n.ChildByFieldName("tag")
		tagText := ""
		var tagNode *sitter.Node
		if tag != nil {
			if tx := x.text(tag); tx != nil {
				tagText = tx.Value
				tagNode = tag
			}
		}
		st := reflect.StructTag(tagText)
		for j := uint(0); j < n.NamedChildCount(); j++ {
			nm := n.NamedChild(j)
			if nm.Kind() != "field_identifier" {
				continue
			}
			name := x.textOf(nm)
			if name == "" || name[0] < 'A' || name[0] > 'Z' {
				continue
			}
			jsonName, opts, _ := strings.Cut(st.Get("json"), ",")
			if jsonName == "-" {
				continue
			}
			if jsonName == "" {
				jsonName = name
			}
			p := &Param{Name: jsonName, NameText: x.nameText(nm, jsonName), Span: x.span(nm), Required: !strings.Contains(opts, "omitempty")}
			p.NameText.Literal = true // the json tag (or the field name) is the parameter's name
			if typ != nil {
				p.Type = goJSONType(x.textOf(typ))
			}
			if js, ok := st.Lookup("jsonschema"); ok && tagNode != nil {
				x.goSchemaTag(p, js, tagNode)
			}
			out = append(out, p)
		}
		return false
	})
	return out
}

func goJSONType(t string) string {
	t = strings.TrimPrefix(t, "*")
	switch {
	case t == "string":
		return "string"
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "integer"
	case strings.HasPrefix(t, "float"):
		return "number"
	case t == "bool":
		return "boolean"
	case strings.HasPrefix(t, "[]"):
		return "array"
	case t == "any" || t == "interface{}" || t == "map[string]any" || t == "map[string]interface{}" || t == "json.RawMessage":
		return "any"
	case strings.HasPrefix(t, "map["):
		return "object"
	}
	return "object"
}

var goTagKeys = []string{"description=", "enum=", "pattern=", "maxLength=", "minLength=", "title=", "default=", "format=", "required", "example=", "oneof_", "minimum=", "maximum="}

// goSchemaTag reads a jsonschema struct tag: the go-sdk form is the
// description itself; the invopop form is comma-separated key=value pairs.
// Texts are located in the tag through its quoted value, whose Go escapes
// reflect decodes.
func (x *extractor) goSchemaTag(p *Param, tag string, tagNode *sitter.Node) {
	keyed := false
	for _, k := range goTagKeys {
		if strings.HasPrefix(tag, k) || strings.Contains(tag, ","+k) {
			keyed = true
		}
	}
	full := x.text(tagNode)
	var value *Text
	if full != nil {
		if i := strings.Index(full.Value, `jsonschema:"`); i >= 0 {
			start := i + len(`jsonschema:"`)
			end := start
			for end < len(full.Value) && full.Value[end] != '"' {
				if full.Value[end] == '\\' {
					end++
				}
				end++
			}
			if end <= len(full.Value) && full.offsets != nil && len(full.offsets) == len(full.Value)+1 {
				d := decodeBody(full.Value[start:end], 0, styleGo)
				offs := make([]int, len(d.offsets))
				for k, o := range d.offsets {
					offs[k] = full.offsets[start+o]
				}
				value = NewText(d.value, x.file, x.src, offs[0], offs[len(offs)-1], offs)
			}
		}
	}
	locate := func(v string) *Text {
		if value == nil || v == "" {
			return nil
		}
		i := strings.Index(value.Value, v)
		if i < 0 {
			return nil
		}
		sub := &Text{Value: v, Literal: true, loc: value.loc}
		sub.Span = value.SubSpan(i, i+len(v))
		sub.offsets = append([]int(nil), value.offsets[i:i+len(v)+1]...)
		return sub
	}
	if !keyed {
		p.Description = locate(tag)
		return
	}
	for _, part := range strings.Split(tag, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "description", "title":
			if p.Description == nil || k == "description" {
				p.Description = locate(v)
			}
		case "enum", "pattern", "maxLength":
			p.Constrained = true
			if k == "enum" {
				if e := locate(v); e != nil {
					p.Enum = append(p.Enum, e)
				}
			}
		case "required":
			p.Required = true
		}
	}
}

// goNewTool reads mcp-go's mcp.NewTool(name, options…).
func (x *extractor) goNewTool(call *sitter.Node) {
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return
	}
	nameNode := args.NamedChild(0)
	name, _ := x.str(nameNode)
	t := &Tool{Kind: KindTool, Name: name, NameText: x.nameText(nameNode, name), Span: x.span(call), Via: "mcp.NewTool", Annotations: map[string]Annotation{}, SchemaKnown: true}
	hasParams := false
	for i := uint(1); i < args.NamedChildCount(); i++ {
		opt := args.NamedChild(i)
		if opt.Kind() != "call_expression" {
			t.SchemaKnown = false
			continue
		}
		fn := lastSeg(x.textOf(opt.ChildByFieldName("function")))
		oargs := opt.ChildByFieldName("arguments")
		var first *sitter.Node
		if oargs != nil && oargs.NamedChildCount() > 0 {
			first = oargs.NamedChild(0)
		}
		switch {
		case fn == "WithDescription":
			t.Description = x.text(first)
		case fn == "WithTitleAnnotation":
			t.Title = x.text(first)
			t.Annotations["title"] = Annotation{Value: valueOr(x.str(first)), Span: x.span(opt)}
		case strings.HasSuffix(fn, "HintAnnotation") && strings.HasPrefix(fn, "With"):
			hint := lowerFirst(strings.TrimSuffix(strings.TrimPrefix(fn, "With"), "Annotation"))
			t.Annotations[hint] = Annotation{Value: x.boolValue(first), Span: x.span(opt)}
		case fn == "WithToolAnnotation":
			annotationsOf(x.literal(first, 0), t.Annotations)
		case fn == "WithString" || fn == "WithNumber" || fn == "WithBoolean" || fn == "WithArray" || fn == "WithObject" || fn == "WithInteger" || fn == "WithAny":
			hasParams = true
			t.Params = append(t.Params, x.goParam(opt, strings.ToLower(strings.TrimPrefix(fn, "With"))))
		case fn == "WithRawInputSchema" || fn == "WithInputSchema":
			if first != nil {
				if s := x.literal(first, 0); s != nil && s.kind == 'o' {
					t.Params, t.SchemaOpen, t.SchemaKnown = schemaParams(s)
					hasParams = true
				} else {
					t.SchemaKnown = false
				}
			} else {
				t.SchemaKnown = false // WithInputSchema[T]()
			}
		}
	}
	if h := x.goHandlerOf(call, KindTool, name); h != nil {
		f := h.Func
		t.Handler = x.spanPtr(&f)
		// No mcp.With* parameters, yet the handler reads whatever
		// arguments arrive.
		body := x.textOf(&f)
		if !hasParams && t.SchemaKnown && (strings.Contains(body, "GetArguments(") || strings.Contains(body, "GetRawArguments(") || strings.Contains(body, "Params.Arguments")) {
			t.SchemaOpen = true
		}
	}
	x.add(t)
}

func valueOr(s string, ok bool) string {
	if !ok {
		return "?"
	}
	return s
}

// goParam reads mcp.WithString("name", mcp.Required(), mcp.Description(…),
// mcp.Enum(…), mcp.Pattern(…), mcp.MaxLength(…), mcp.DefaultString(…)).
func (x *extractor) goParam(opt *sitter.Node, kind string) *Param {
	args := opt.ChildByFieldName("arguments")
	p := &Param{}
	switch kind {
	case "number":
		p.Type = "number"
	case "integer":
		p.Type = "integer"
	case "boolean":
		p.Type = "boolean"
	case "array":
		p.Type = "array"
	case "object":
		p.Type = "object"
	case "any":
		p.Type = "any"
	default:
		p.Type = "string"
	}
	if args == nil || args.NamedChildCount() == 0 {
		return p
	}
	nameNode := args.NamedChild(0)
	p.Name, _ = x.str(nameNode)
	p.NameText = x.nameText(nameNode, p.Name)
	p.Span = x.span(nameNode)
	for i := uint(1); i < args.NamedChildCount(); i++ {
		o := args.NamedChild(i)
		if o.Kind() != "call_expression" {
			continue
		}
		fn := lastSeg(x.textOf(o.ChildByFieldName("function")))
		oa := o.ChildByFieldName("arguments")
		var first *sitter.Node
		if oa != nil && oa.NamedChildCount() > 0 {
			first = oa.NamedChild(0)
		}
		switch fn {
		case "Required":
			p.Required = true
		case "Description":
			p.Description = x.text(first)
		case "Enum":
			p.Constrained = true
			for j := uint(0); oa != nil && j < oa.NamedChildCount(); j++ {
				if t := x.text(oa.NamedChild(j)); t != nil {
					p.Enum = append(p.Enum, t)
				}
			}
		case "Pattern", "MaxLength":
			p.Constrained = true
		case "DefaultString":
			p.Default = x.text(first)
		}
	}
	return p
}

// goNewOther reads mcp-go's NewPrompt, NewResource and NewResourceTemplate.
func (x *extractor) goNewOther(call *sitter.Node, kind Kind) {
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return
	}
	fnName := lastSeg(x.textOf(call.ChildByFieldName("function")))
	t := &Tool{Kind: kind, Span: x.span(call), Via: "mcp." + fnName, Annotations: map[string]Annotation{}}
	start := uint(1)
	if kind == KindResource {
		// (uri, name, options…)
		t.URI, _ = x.str(args.NamedChild(0))
		if args.NamedChildCount() > 1 {
			nn := args.NamedChild(1)
			t.Name, _ = x.str(nn)
			t.NameText = x.nameText(nn, t.Name)
		}
		start = 2
	} else {
		nn := args.NamedChild(0)
		t.Name, _ = x.str(nn)
		t.NameText = x.nameText(nn, t.Name)
		t.SchemaKnown = true
	}
	for i := start; i < args.NamedChildCount(); i++ {
		opt := args.NamedChild(i)
		if opt.Kind() != "call_expression" {
			continue
		}
		fn := lastSeg(x.textOf(opt.ChildByFieldName("function")))
		oa := opt.ChildByFieldName("arguments")
		var first *sitter.Node
		if oa != nil && oa.NamedChildCount() > 0 {
			first = oa.NamedChild(0)
		}
		switch fn {
		case "WithPromptDescription", "WithResourceDescription", "WithTemplateDescription":
			t.Description = x.text(first)
		case "WithArgument":
			if first == nil {
				continue
			}
			p := &Param{Type: "string"}
			p.Name, _ = x.str(first)
			p.NameText, p.Span = x.nameText(first, p.Name), x.span(first)
			for j := uint(1); j < oa.NamedChildCount(); j++ {
				ao := oa.NamedChild(j)
				if ao.Kind() != "call_expression" {
					continue
				}
				switch lastSeg(x.textOf(ao.ChildByFieldName("function"))) {
				case "ArgumentDescription":
					if aa := ao.ChildByFieldName("arguments"); aa != nil && aa.NamedChildCount() > 0 {
						p.Description = x.text(aa.NamedChild(0))
					}
				case "RequiredArgument":
					p.Required = true
				}
			}
			t.Params = append(t.Params, p)
		}
	}
	if h := x.goHandlerOf(call, kind, t.Name); h != nil {
		f := h.Func
		t.Handler = x.spanPtr(&f)
	}
	x.add(t)
}
