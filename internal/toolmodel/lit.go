package toolmodel

import (
	"strings"
	"unicode"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// lit is a literal value read from source or JSON, language-neutral: an
// object (Python dict or keyword call, JS object, Go composite literal),
// an array, a string, or another scalar. Schemas and annotations are read
// from lits.
type lit struct {
	kind  byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null, 'x' other
	keys  []string
	kspan []*Text // the key as written (nil entries when unknown)
	vals  []*lit
	items []*lit
	txt   *Text  // strings
	raw   string // scalars as written ("true", "3")
	span  Span
	node  *sitter.Node // source node, when read from source
}

func (l *lit) get(key string) *lit {
	if l == nil || l.kind != 'o' {
		return nil
	}
	for i := len(l.keys) - 1; i >= 0; i-- {
		if l.keys[i] == key {
			return l.vals[i]
		}
	}
	return nil
}

func (l *lit) str() string {
	if l == nil {
		return ""
	}
	if l.kind == 's' && l.txt != nil {
		return l.txt.Value
	}
	return l.raw
}

// boolean returns "true", "false" or "?".
func (l *lit) boolean() string {
	if l == nil {
		return "?"
	}
	switch strings.ToLower(l.raw) {
	case "true", "false":
		return strings.ToLower(l.raw)
	}
	if l.kind == 's' && l.txt != nil {
		return l.txt.Value
	}
	return "?"
}

// lowerFirst turns Go field names into JSON Schema keywords
// (Description → description, MaxLength → maxLength).
func lowerFirst(s string) string {
	r := []rune(s)
	// Lower the leading run of capitals, keeping the last one when a
	// lower-case letter follows: URITemplate → uriTemplate, URI → uri.
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	if n > 1 && n < len(r) {
		n--
	}
	for i := 0; i < n; i++ {
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

// literal reads a source expression as a lit (nil when it is none).
func (x *extractor) literal(n *sitter.Node, depth int) *lit {
	if n == nil || depth > 64 {
		return nil
	}
	sp := x.span(n)
	switch n.Kind() {
	case "string", "concatenated_string", "interpreted_string_literal", "raw_string_literal", "template_string":
		t := x.text(n)
		if t == nil {
			return &lit{kind: 'x', raw: x.textOf(n), span: sp, node: n}
		}
		return &lit{kind: 's', txt: t, raw: t.Value, span: sp, node: n}
	case "binary_expression", "binary_operator":
		if t := x.text(n); t != nil {
			return &lit{kind: 's', txt: t, raw: t.Value, span: sp, node: n}
		}
	case "integer", "float", "number", "int_literal", "float_literal":
		return &lit{kind: 'n', raw: x.textOf(n), span: sp, node: n}
	case "true", "false":
		return &lit{kind: 'b', raw: strings.ToLower(x.textOf(n)), span: sp, node: n}
	case "none", "null", "undefined", "nil":
		return &lit{kind: 'z', span: sp, node: n}
	case "identifier":
		name := x.textOf(n)
		switch name {
		case "True", "False":
			return &lit{kind: 'b', raw: strings.ToLower(name), span: sp, node: n}
		case "None", "undefined", "nil":
			return &lit{kind: 'z', span: sp, node: n}
		}
		if v, ok := x.consts[name]; ok && v != nil && v != n {
			l := x.literal(v, depth+1)
			return l
		}
	case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "literal_element", "expression_list":
		if n.NamedChildCount() >= 1 {
			return x.literal(n.NamedChild(0), depth+1)
		}
	case "unary_expression":
		if op := n.ChildByFieldName("operand"); op != nil && strings.HasPrefix(x.textOf(n), "&") {
			return x.literal(op, depth+1)
		}
		if op := n.ChildByFieldName("operand"); op != nil && strings.HasPrefix(x.textOf(n), "-") {
			return &lit{kind: 'n', raw: x.textOf(n), span: sp, node: n}
		}
	case "dictionary", "object":
		o := &lit{kind: 'o', span: sp, node: n}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			p := n.NamedChild(i)
			switch p.Kind() {
			case "pair":
				k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
				if k == nil {
					continue
				}
				key, kt := x.keyName(k)
				if key == "" {
					continue
				}
				o.keys = append(o.keys, key)
				o.kspan = append(o.kspan, kt)
				o.vals = append(o.vals, x.literal(v, depth+1))
			case "shorthand_property_identifier":
				key := x.textOf(p)
				o.keys = append(o.keys, key)
				o.kspan = append(o.kspan, x.nameText(p, key))
				var v *lit
				if c, ok := x.consts[key]; ok && c != nil {
					v = x.literal(c, depth+1)
				}
				o.vals = append(o.vals, v)
			}
		}
		return o
	case "list", "array", "tuple":
		a := &lit{kind: 'a', span: sp, node: n}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			if c.Kind() == "comment" {
				continue
			}
			a.items = append(a.items, x.literal(c, depth+1))
		}
		return a
	case "call":
		// Python: ToolAnnotations(readOnlyHint=True), Field(...), dict(a=1);
		// a call without keyword arguments is not an object.
		args := n.ChildByFieldName("arguments")
		if args == nil || !hasKeyword(args) {
			break
		}
		o := &lit{kind: 'o', span: sp, node: n}
		for i := uint(0); i < args.NamedChildCount(); i++ {
			a := args.NamedChild(i)
			if a.Kind() != "keyword_argument" {
				continue
			}
			k, v := a.ChildByFieldName("name"), a.ChildByFieldName("value")
			if k == nil {
				continue
			}
			o.keys = append(o.keys, x.textOf(k))
			o.kspan = append(o.kspan, x.nameText(k, x.textOf(k)))
			o.vals = append(o.vals, x.literal(v, depth+1))
		}
		return o
	case "call_expression":
		if t := x.text(n); t != nil {
			// [..].join("\n"), strings.Join(…), dedent(…)
			return &lit{kind: 's', txt: t, raw: t.Value, span: sp, node: n}
		}
		// Go: jsonschema.Ptr(true), json.RawMessage(`{…}`); JS:
		// Object.freeze({…}). Other calls (zod chains) stay calls.
		args := n.ChildByFieldName("arguments")
		fname := lastSeg(x.textOf(n.ChildByFieldName("function")))
		unwrap := x.code == "go" || fname == "freeze"
		if unwrap && args != nil && args.NamedChildCount() == 1 {
			inner := args.NamedChild(0)
			fn := x.textOf(n.ChildByFieldName("function"))
			if strings.HasSuffix(fn, "RawMessage") || fn == "[]byte" {
				if t := x.text(inner); t != nil && t.Literal {
					if l := jsonLit(t); l != nil {
						return l
					}
				}
			}
			return x.literal(inner, depth+1)
		}
	case "composite_literal", "literal_value":
		body := n
		if n.Kind() == "composite_literal" {
			body = n.ChildByFieldName("body")
			if body == nil {
				return nil
			}
		}
		keyed := false
		for i := uint(0); i < body.NamedChildCount(); i++ {
			if body.NamedChild(i).Kind() == "keyed_element" {
				keyed = true
				break
			}
		}
		if !keyed {
			a := &lit{kind: 'a', span: sp, node: n}
			for i := uint(0); i < body.NamedChildCount(); i++ {
				c := body.NamedChild(i)
				if c.Kind() == "comment" {
					continue
				}
				a.items = append(a.items, x.literal(c, depth+1))
			}
			return a
		}
		o := &lit{kind: 'o', span: sp, node: n}
		for i := uint(0); i < body.NamedChildCount(); i++ {
			kv := body.NamedChild(i)
			if kv.Kind() != "keyed_element" {
				continue
			}
			k, v := kv.ChildByFieldName("key"), kv.ChildByFieldName("value")
			if k == nil || v == nil {
				continue
			}
			if k.Kind() == "literal_element" && k.NamedChildCount() > 0 {
				k = k.NamedChild(0)
			}
			key, kt := x.keyName(k)
			if k.Kind() == "identifier" || k.Kind() == "field_identifier" {
				key = lowerFirst(key)
			}
			if key == "" {
				continue
			}
			o.keys = append(o.keys, key)
			o.kspan = append(o.kspan, kt)
			o.vals = append(o.vals, x.literal(v, depth+1))
		}
		return o
	}
	return &lit{kind: 'x', raw: x.textOf(n), span: sp, node: n}
}

func hasKeyword(args *sitter.Node) bool {
	for i := uint(0); i < args.NamedChildCount(); i++ {
		if args.NamedChild(i).Kind() == "keyword_argument" {
			return true
		}
	}
	return false
}

// keyName reads an object key: an identifier, a string, a number.
func (x *extractor) keyName(k *sitter.Node) (string, *Text) {
	switch k.Kind() {
	case "property_identifier", "identifier", "field_identifier", "number", "integer":
		name := x.textOf(k)
		return name, x.nameText(k, name)
	case "string", "interpreted_string_literal", "raw_string_literal":
		t := x.text(k)
		if t == nil {
			return "", nil
		}
		return t.Value, t
	case "computed_property_name":
		return "", nil
	}
	return "", nil
}

// schema reads a JSON Schema object into parameters: whether it accepts
// arbitrary input, and whether it could be read at all.
func schemaParams(s *lit) (params []*Param, open, known bool) {
	if s == nil || s.kind != 'o' {
		return nil, false, false
	}
	required := map[string]bool{}
	if r := s.get("required"); r != nil && r.kind == 'a' {
		for _, it := range r.items {
			required[it.str()] = true
		}
	}
	props := s.get("properties")
	ap := s.get("additionalProperties")
	closed := ap != nil && ap.boolean() == "false"
	if props == nil || props.kind != 'o' || len(props.keys) == 0 {
		// {} or {type: object} without properties: anything goes unless
		// additionalProperties is false.
		return nil, !closed, true
	}
	for i, k := range props.keys {
		p := propParam(k, props.kspan[i], props.vals[i])
		p.Required = required[k]
		params = append(params, p)
	}
	if ap != nil && ap.kind == 'o' && len(ap.keys) == 0 {
		open = true
	}
	if ap != nil && ap.boolean() == "true" {
		open = true
	}
	return params, open, true
}

// propParam reads one property schema.
func propParam(name string, nameText *Text, v *lit) *Param {
	p := &Param{Name: name, NameText: nameText}
	if nameText != nil {
		p.Span = nameText.Span
	}
	if v == nil || v.kind != 'o' {
		return p
	}
	p.Type = jsonType(v.get("type").str())
	if t := v.get("type"); t != nil && t.kind == 'a' {
		p.Type = "" // a union of types
	}
	if len(v.keys) == 0 {
		p.Type = "any"
	}
	if d := v.get("description"); d != nil && d.kind == 's' {
		p.Description = d.txt
	}
	if d := v.get("default"); d != nil && d.kind == 's' {
		p.Default = d.txt
	}
	if e := v.get("enum"); e != nil && e.kind == 'a' {
		p.Constrained = true
		for _, it := range e.items {
			if it != nil && it.kind == 's' {
				p.Enum = append(p.Enum, it.txt)
			}
		}
	}
	for _, k := range []string{"const", "pattern", "maxLength", "format_enum"} {
		if v.get(k) != nil {
			p.Constrained = true
		}
	}
	if p.Type == "" && (v.get("enum") != nil || v.get("const") != nil) {
		p.Type = "string"
	}
	return p
}

// promptArguments reads a prompt's arguments list ([{name, description,
// required}, …]); ok is false when args is not a list.
func promptArguments(args *lit) (ps []*Param, ok bool) {
	if args == nil || args.kind != 'a' {
		return nil, false
	}
	for _, a := range args.items {
		if a == nil || a.kind != 'o' {
			continue
		}
		n := a.get("name")
		p := &Param{Name: n.str(), Type: "string", Required: a.get("required").boolean() == "true"}
		if n != nil {
			p.NameText, p.Span = n.txt, n.span
		}
		if d := a.get("description"); d != nil && d.kind == 's' {
			p.Description = d.txt
		}
		ps = append(ps, p)
	}
	return ps, true
}

// annotations reads a tool-annotations object.
func annotationsOf(a *lit, into map[string]Annotation) {
	if a == nil || a.kind != 'o' {
		return
	}
	for i, k := range a.keys {
		v := a.vals[i]
		if v == nil {
			into[k] = Annotation{Value: "?"}
			continue
		}
		val := v.boolean()
		if v.kind == 's' {
			val = v.str()
		}
		into[k] = Annotation{Value: val, Span: v.span}
	}
}
