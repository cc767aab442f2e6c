package toolmodel

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// javascript extracts registerTool/tool, registerPrompt/prompt and
// registerResource/resource registrations (zod shapes with .describe(),
// JSON Schema literals, annotations), tool objects returned by
// setRequestHandler(ListToolsRequestSchema, …) (any object literal with a
// name and an inputSchema), and server instructions.
func (x *extractor) javascript() {
	for _, h := range x.handlers.List {
		reg := h.Registration
		if reg.Kind() != "call_expression" {
			continue
		}
		fn := reg.ChildByFieldName("function")
		if fn == nil || fn.Kind() != "member_expression" {
			continue
		}
		method := x.textOf(fn.ChildByFieldName("property"))
		if method == "setRequestHandler" {
			continue
		}
		x.jsRegistration(h, method)
	}
	x.eachOfKind(func(n *sitter.Node) {
		switch n.Kind() {
		case "new_expression":
			if c := n.ChildByFieldName("constructor"); c != nil {
				switch lastSeg(x.textOf(c)) {
				case "McpServer", "Server", "FastMCP", "MCPServer":
					x.jsServer(n)
				}
			}
		case "object":
			if !x.used[n.StartByte()] {
				x.jsToolObject(n)
			}
		}
	}, "new_expression", "object")
}

func (x *extractor) jsServer(n *sitter.Node) {
	args := n.ChildByFieldName("arguments")
	if args == nil {
		return
	}
	for i := uint(0); i < args.NamedChildCount(); i++ {
		o := x.literal(args.NamedChild(i), 0)
		if o == nil || o.kind != 'o' {
			continue
		}
		if in := o.get("instructions"); in != nil && in.kind == 's' {
			x.model.Instructions = append(x.model.Instructions, in.txt)
		}
		if nm := o.get("name"); nm != nil && nm.kind == 's' && x.model.ServerName == "" {
			x.model.ServerName = nm.str()
		}
		if o.node != nil {
			x.used[o.node.StartByte()] = true
		}
	}
}

// jsRegistration reads server.registerTool(name, {title, description,
// inputSchema, annotations}, cb), server.tool(name, [description],
// [paramsSchema], [annotations], cb) and the prompt and resource forms.
func (x *extractor) jsRegistration(h *mcpctx.Handler, method string) {
	reg := h.Registration
	args := reg.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() < 2 {
		return
	}
	var list []*sitter.Node
	for i := uint(0); i < args.NamedChildCount(); i++ {
		if a := args.NamedChild(i); a.Kind() != "comment" {
			list = append(list, a)
		}
	}
	fn := h.Func
	t := &Tool{Kind: Kind(h.Kind), Name: h.Name, NameText: x.nameText(list[0], h.Name), Span: x.span(&reg),
		Handler: x.spanPtr(&fn), Via: method, Annotations: map[string]Annotation{}}
	middle := list[1 : len(list)-1]
	switch method {
	case "registerTool", "registerPrompt":
		if len(middle) > 0 {
			cfg := x.literal(middle[0], 0)
			x.markUsed(cfg)
			x.jsConfig(t, cfg)
		}
	case "registerResource", "resource":
		// (name, uriOrTemplate, metadata, cb)
		if len(middle) > 0 {
			t.URI, _ = x.str(middle[0])
		}
		if len(middle) > 1 {
			cfg := x.literal(middle[1], 0)
			x.markUsed(cfg)
			x.jsConfig(t, cfg)
		}
	default: // tool, prompt
		shapeSeen := false
		for _, a := range middle {
			switch a.Kind() {
			case "string", "template_string", "binary_expression":
				t.Description = x.text(a)
			default:
				l := x.literal(a, 0)
				x.markUsed(l)
				if l == nil || l.kind != 'o' {
					continue
				}
				if !shapeSeen && !looksLikeAnnotations(l) {
					shapeSeen = true
					t.Params, t.SchemaOpen, t.SchemaKnown = x.zodShape(l)
				} else {
					annotationsOf(l, t.Annotations)
				}
			}
		}
		if !shapeSeen && t.Kind == KindTool {
			t.SchemaKnown = true // no parameters
		}
	}
	x.add(t)
}

func (x *extractor) markUsed(l *lit) {
	if l != nil && l.node != nil {
		x.used[l.node.StartByte()] = true
	}
}

// looksLikeAnnotations tells an annotations object from a zod shape: its
// keys are hints or a title, with literal values.
func looksLikeAnnotations(l *lit) bool {
	if len(l.keys) == 0 {
		return false
	}
	for i, k := range l.keys {
		if !strings.HasSuffix(k, "Hint") && k != "title" {
			return false
		}
		if v := l.vals[i]; v != nil && v.kind != 'b' && v.kind != 's' {
			return false
		}
	}
	return true
}

// jsConfig reads a registerTool/registerPrompt/registerResource config.
func (x *extractor) jsConfig(t *Tool, cfg *lit) {
	if cfg == nil || cfg.kind != 'o' {
		return
	}
	if v := cfg.get("title"); v != nil && v.kind == 's' {
		t.Title = v.txt
	}
	if v := cfg.get("description"); v != nil && v.kind == 's' {
		t.Description = v.txt
	}
	schema := cfg.get("inputSchema")
	if schema == nil {
		schema = cfg.get("argsSchema")
	}
	switch {
	case schema == nil && t.Kind == KindTool:
		t.SchemaKnown = true // no arguments
	case schema != nil:
		t.Params, t.SchemaOpen, t.SchemaKnown = x.schemaOrShape(schema)
	}
	if a := cfg.get("annotations"); a != nil {
		annotationsOf(a, t.Annotations)
	}
}

// schemaOrShape reads an input schema written as a zod raw shape
// ({a: z.string()}), a z.object(…), or a JSON Schema literal.
func (x *extractor) schemaOrShape(s *lit) ([]*Param, bool, bool) {
	if s == nil {
		return nil, false, false
	}
	if s.kind == 'o' && (s.get("type") != nil || s.get("properties") != nil) && !x.isZod(s.get("type")) {
		return schemaParams(s)
	}
	if s.kind == 'o' && len(s.keys) == 0 {
		// inputSchema: {} is an empty zod raw shape: the SDK wraps it in
		// z.object({}), which strips unknown keys, so the handler receives
		// {} whatever the model sends. A tool without parameters.
		return nil, false, true
	}
	if s.kind == 'o' {
		return x.zodShape(s)
	}
	if s.kind == 'x' && s.node != nil {
		z := x.zod(s.node, 0)
		if z.obj != nil {
			params, open, known := x.zodShape(z.obj)
			return params, open || z.open, known
		}
		if z.typ == "any" || z.open {
			return nil, true, true
		}
	}
	return nil, false, false
}

func (x *extractor) isZod(l *lit) bool {
	return l != nil && l.kind == 'x' && l.node != nil && l.node.Kind() == "call_expression"
}

// zodShape reads {name: z.string().describe(…), …}.
func (x *extractor) zodShape(shape *lit) ([]*Param, bool, bool) {
	if shape == nil || shape.kind != 'o' {
		return nil, false, false
	}
	var out []*Param
	for i, k := range shape.keys {
		p := &Param{Name: k, NameText: shape.kspan[i], Required: true}
		if p.NameText != nil {
			p.Span = p.NameText.Span
		}
		if v := shape.vals[i]; v != nil && v.node != nil {
			z := x.zod(v.node, 0)
			p.Type, p.Description, p.Default, p.Enum, p.Constrained = z.typ, z.desc, z.def, z.enum, z.constrained
			if z.optional {
				p.Required = false
			}
		}
		out = append(out, p)
	}
	return out, false, true
}

// zodInfo is what a zod schema expression says about a value.
type zodInfo struct {
	typ         string
	desc, def   *Text
	enum        []*Text
	constrained bool
	optional    bool
	open        bool
	obj         *lit // z.object({…}) shape
}

// zod reads a zod chain: z.string().regex(…).max(…).describe("…")
// .optional().default(…), z.enum([…]), z.object({…}).passthrough(), …
func (x *extractor) zod(n *sitter.Node, depth int) zodInfo {
	var z zodInfo
	if n == nil || depth > 32 || n.Kind() != "call_expression" {
		return z
	}
	fn := n.ChildByFieldName("function")
	args := n.ChildByFieldName("arguments")
	if fn == nil || fn.Kind() != "member_expression" {
		return z
	}
	obj := fn.ChildByFieldName("object")
	method := x.textOf(fn.ChildByFieldName("property"))
	var first *sitter.Node
	if args != nil && args.NamedChildCount() > 0 {
		first = args.NamedChild(0)
	}
	if obj != nil && obj.Kind() == "identifier" {
		// The base: z.string(), z.number(), …
		switch method {
		case "string":
			z.typ = "string"
		case "number", "bigint":
			z.typ = "number"
		case "int":
			z.typ = "integer"
		case "boolean":
			z.typ = "boolean"
		case "array", "tuple", "set":
			z.typ = "array"
		case "object", "strictObject", "looseObject":
			z.typ = "object"
			if l := x.literal(first, 0); l != nil && l.kind == 'o' {
				z.obj = l
				x.markUsed(l)
			}
			if method == "looseObject" {
				z.open = true
			}
		case "url", "httpUrl", "email":
			z.typ = "string" // zod 4 string formats that still admit any host or address
		case "uuid", "uuidv4", "uuidv7", "guid", "cuid", "cuid2", "ulid", "ipv4", "ipv6", "cidrv4", "cidrv6", "e164", "jwt",
			"base64", "base64url", "nanoid", "hex", "hostname":
			z.typ, z.constrained = "string", true
		case "record", "map":
			z.typ, z.open = "any", true
		case "any", "unknown":
			z.typ, z.open = "any", true
		case "enum", "nativeEnum", "literal":
			z.typ, z.constrained = "string", true
			if l := x.literal(first, 0); l != nil {
				if l.kind == 'a' {
					for _, it := range l.items {
						if it != nil && it.kind == 's' {
							z.enum = append(z.enum, it.txt)
						}
					}
				} else if l.kind == 's' {
					z.enum = append(z.enum, l.txt)
				}
			}
		}
		if method == "string" || method == "number" {
			// z.string({ description: "…" })
			if l := x.literal(first, 0); l != nil && l.kind == 'o' {
				if d := l.get("description"); d != nil && d.kind == 's' {
					z.desc = d.txt
				}
			}
		}
		return z
	}
	z = x.zod(obj, depth+1)
	switch method {
	case "describe":
		if first != nil {
			z.desc = x.text(first)
		}
	case "optional", "nullish":
		z.optional = true
	case "default":
		z.optional = true
		if first != nil {
			z.def = x.text(first)
		}
	case "regex", "max", "length", "uuid", "cuid", "cuid2", "ulid", "ip", "cidr", "emoji", "datetime", "date", "time", "base64", "nanoid", "startsWith", "endsWith", "includes":
		if z.typ == "string" {
			z.constrained = true
		}
	case "passthrough", "catchall":
		z.open = true
	case "strict":
		z.open = false
	}
	return z
}

// jsToolObject reads an object literal that defines a tool in the
// tools/list shape: {name: "…", description: "…", inputSchema: {…}}.
func (x *extractor) jsToolObject(n *sitter.Node) {
	hasName, hasSchema := false, false
	for i := uint(0); i < n.NamedChildCount(); i++ {
		p := n.NamedChild(i)
		if p.Kind() != "pair" {
			continue
		}
		k := p.ChildByFieldName("key")
		if k == nil {
			continue
		}
		switch strings.Trim(x.textOf(k), `"'`) {
		case "name":
			hasName = true
		case "inputSchema":
			hasSchema = true
		}
	}
	if !hasName || !hasSchema {
		return
	}
	o := x.literal(n, 0)
	x.markUsed(o)
	nm := o.get("name")
	if nm == nil || nm.kind != 's' {
		return
	}
	t := &Tool{Kind: KindTool, Name: nm.str(), NameText: nm.txt, Span: x.span(n), Via: "tool object", Annotations: map[string]Annotation{}}
	x.jsConfig(t, o)
	// Served by the CallTool request handler, when there is one.
	var only *mcpctx.Handler
	for _, h := range x.handlers.List {
		if h.Kind == mcpctx.KindTool {
			if fn := h.Registration.ChildByFieldName("function"); fn != nil && strings.HasSuffix(x.textOf(fn), "setRequestHandler") {
				if only != nil {
					only = nil
					break
				}
				only = h
			}
		}
	}
	if only != nil {
		f := only.Func
		t.Handler = x.spanPtr(&f)
	}
	x.add(t)
}
