package toolmodel

import (
	"github.com/mcpsafe/mcpsafe/internal/document"
)

// docLocator adapts document lines to a Locator.
type docLocator struct{ lines *document.Lines }

func (d docLocator) Position(off int) (int, int) {
	l := d.lines.Loc(off)
	return l.Line, l.Col
}

func (d docLocator) Line(n int) string { return d.lines.Line(n) }

// textLocator locates offsets of a decoded text (JSON written inside a
// string literal) in the literal's file, through the text's byte map.
type textLocator struct{ t *Text }

func (tl textLocator) src(off int) int {
	o := tl.t.offsets
	if o == nil {
		return tl.t.Span.StartByte
	}
	if off < 0 {
		off = 0
	}
	if off >= len(o) {
		off = len(o) - 1
	}
	return o[off]
}

// FromToolsList reads a tools/list-shaped document: {"tools": [...]} or a
// JSON-RPC response with result.tools, prompts, resources and
// resourceTemplates lists, an initialize result's instructions, or a bare
// array of tool definitions.
func FromToolsList(doc *document.Doc) *Model {
	m := &Model{File: doc.Path}
	if doc.Root == nil {
		return m
	}
	loc := docLocator{doc.Lines}
	mk := func(n *document.Node) *Text {
		if n == nil || n.Type != document.String {
			return nil
		}
		d, ok := decodeLiteral(doc.Lines.Src(), n.Start.Off, n.End.Off, "json")
		if !ok {
			// YAML and other scalars: the value, located at the node.
			return NewText(n.Value, doc.Path, loc, n.Start.Off, n.End.Off, nil)
		}
		return NewText(d.value, doc.Path, loc, n.Start.Off, n.End.Off, d.offsets)
	}
	readList(m, doc.Root, mk, loc, doc.Path, 0)
	m.sort()
	return m
}

func readList(m *Model, n *document.Node, mk func(*document.Node) *Text, loc Locator, file string, depth int) {
	if n == nil || depth > 3 {
		return
	}
	if n.Type == document.Array {
		for _, it := range n.Children {
			if it.Type == document.Object && it.Get("name") != nil && (it.Get("inputSchema") != nil || it.Get("input_schema") != nil) {
				m.Tools = append(m.Tools, listEntry(KindTool, it, mk, loc, file))
			} else if it.Type == document.Object {
				readList(m, it, mk, loc, file, depth+1)
			}
		}
		return
	}
	if n.Type != document.Object {
		return
	}
	if r := n.Get("result"); r != nil {
		readList(m, r, mk, loc, file, depth+1)
	}
	if in := n.Get("instructions"); in != nil {
		if t := mk(in); t != nil {
			m.Instructions = append(m.Instructions, t)
		}
	}
	if si := n.Get("serverInfo"); si != nil && m.ServerName == "" {
		m.ServerName = si.Str("name")
	}
	for _, c := range []struct {
		key  string
		kind Kind
	}{{"tools", KindTool}, {"prompts", KindPrompt}, {"resources", KindResource}, {"resourceTemplates", KindResource}} {
		list := n.Get(c.key)
		if list == nil || list.Type != document.Array {
			continue
		}
		for _, it := range list.Children {
			if it.Type == document.Object && len(m.Tools) < maxDefinitions {
				m.Tools = append(m.Tools, listEntry(c.kind, it, mk, loc, file))
			}
		}
	}
}

func listEntry(kind Kind, it *document.Node, mk func(*document.Node) *Text, loc Locator, file string) *Tool {
	t := &Tool{Kind: kind, Via: "tools/list", Annotations: map[string]Annotation{},
		Span: makeSpan(file, loc, it.Start.Off, it.End.Off)}
	if n := it.Get("name"); n != nil {
		t.Name = n.Value
		t.NameText = mk(n)
	}
	t.Title = mk(it.Get("title"))
	t.Description = mk(it.Get("description"))
	if u := it.Get("uri"); u != nil {
		t.URI = u.Value
	} else if u := it.Get("uriTemplate"); u != nil {
		t.URI = u.Value
	}
	if kind == KindResource && t.Name == "" {
		t.Name = t.URI
	}
	schema := it.Get("inputSchema")
	if schema == nil {
		schema = it.Get("input_schema")
	}
	if schema != nil {
		l := docLit(schema, mk, loc, file)
		t.Params, t.SchemaOpen, t.SchemaKnown = schemaParams(l)
	}
	if args := it.Get("arguments"); args != nil && args.Type == document.Array { // prompts
		t.SchemaKnown = true
		for _, a := range args.Children {
			p := &Param{Name: a.Str("name"), NameText: mk(a.Get("name")), Description: mk(a.Get("description")),
				Required: a.Get("required").Truthy(), Type: "string"}
			if p.NameText != nil {
				p.Span = p.NameText.Span
			}
			t.Params = append(t.Params, p)
		}
	}
	if a := it.Get("annotations"); a != nil {
		annotationsOf(docLit(a, mk, loc, file), t.Annotations)
	}
	return t
}

// docLit converts a document node into a lit, strings as located texts.
func docLit(n *document.Node, mk func(*document.Node) *Text, loc Locator, file string) *lit {
	return docLitDepth(n, mk, loc, file, 0)
}

func docLitDepth(n *document.Node, mk func(*document.Node) *Text, loc Locator, file string, depth int) *lit {
	if n == nil || depth > 64 {
		return nil
	}
	sp := makeSpan(file, loc, n.Start.Off, n.End.Off)
	switch n.Type {
	case document.Object:
		o := &lit{kind: 'o', span: sp}
		for _, c := range n.Children {
			o.keys = append(o.keys, c.Key)
			var kt *Text
			if c.HasKey() {
				kn := &document.Node{Type: document.String, Value: c.Key, Start: c.KeyStart, End: c.KeyEnd}
				kt = mk(kn)
			}
			o.kspan = append(o.kspan, kt)
			o.vals = append(o.vals, docLitDepth(c, mk, loc, file, depth+1))
		}
		return o
	case document.Array:
		a := &lit{kind: 'a', span: sp}
		for _, c := range n.Children {
			a.items = append(a.items, docLitDepth(c, mk, loc, file, depth+1))
		}
		return a
	case document.String:
		return &lit{kind: 's', txt: mk(n), raw: n.Value, span: sp}
	case document.Number:
		return &lit{kind: 'n', raw: n.Value, span: sp}
	case document.Bool:
		return &lit{kind: 'b', raw: n.Value, span: sp}
	}
	return &lit{kind: 'z', span: sp}
}

// jsonLit reads JSON written inside a string literal (a raw schema), its
// texts located in the literal's file.
func jsonLit(t *Text) *lit {
	root, err := document.ParseJSON([]byte(t.Value))
	if err != nil || t.loc == nil {
		return nil
	}
	tl := textLocator{t}
	inner := []byte(t.Value)
	mk := func(n *document.Node) *Text {
		if n == nil || n.Type != document.String {
			return nil
		}
		d, ok := decodeLiteral(inner, n.Start.Off, n.End.Off, "json")
		if !ok {
			return nil
		}
		offs := make([]int, len(d.offsets))
		for i, o := range d.offsets {
			offs[i] = tl.src(o)
		}
		return NewText(d.value, t.Span.File, t.loc, tl.src(n.Start.Off), tl.src(n.End.Off), offs)
	}
	// Spans of containers map through the text as well.
	loc := spanMapper{t: t, tl: tl}
	return docLitDepth(root, mk, loc, t.Span.File, 0)
}

// spanMapper is a Locator for offsets inside a decoded text.
type spanMapper struct {
	t  *Text
	tl textLocator
}

func (s spanMapper) Position(off int) (int, int) { return s.t.loc.Position(s.tl.src(off)) }
func (s spanMapper) Line(n int) string           { return s.t.loc.Line(n) }
