// Package toolmodel is the language-neutral model of what an MCP server
// tells the model about itself: its tools, prompts and resources, with
// their names, titles, descriptions, input schemas and annotations, and the
// server's instructions. It is extracted from source (Python, TypeScript/
// JavaScript, Go) on top of the handler model of internal/mcpctx, or read
// from a tools/list-shaped JSON document, so that description rules run on
// text plus a location and the same rules can later run on live lists.
//
// Texts keep a map from each decoded byte back to the source, so that a
// finding on a phrase inside a long docstring points at that phrase, even
// when the literal spells it with escapes.
package toolmodel

import (
	"sort"
	"strings"
)

// Kind is what a definition declares.
type Kind string

// Definition kinds.
const (
	KindTool     Kind = "tool"
	KindPrompt   Kind = "prompt"
	KindResource Kind = "resource"
)

// Locator turns byte offsets of one file into positions and gives its
// lines (lang.Source and document lines satisfy it).
type Locator interface {
	Position(off int) (line, col int)
	Line(n int) string
}

// Span locates text in a file. Columns count code points; End is
// exclusive.
type Span struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	StartByte int    `json:"-"`
	EndByte   int    `json:"-"`
}

// Text is one metadata string: its decoded value, where it is written,
// and how each decoded byte maps back to the source.
type Text struct {
	Value string
	Span  Span
	// Literal is false when the text is built at run time and Value holds
	// only what could be read.
	Literal bool
	// offsets[i] is the source byte offset of decoded byte i; it has one
	// more entry, the end. Nil when unknown (the whole span is used).
	offsets []int
	loc     Locator
}

// SubSpan returns the span of the decoded bytes [start, end) of the text,
// or the whole span when the mapping is unknown.
func (t *Text) SubSpan(start, end int) Span {
	if t == nil {
		return Span{}
	}
	if t.offsets == nil || t.loc == nil || start < 0 || end > len(t.Value) || start >= end || len(t.offsets) != len(t.Value)+1 {
		return t.Span
	}
	s, e := t.offsets[start], t.offsets[end]
	if e <= s {
		e = s + 1
	}
	return makeSpan(t.Span.File, t.loc, s, e)
}

// Snippet returns the source line a span starts on.
func (t *Text) Snippet(sp Span) string {
	if t == nil || t.loc == nil {
		return ""
	}
	return t.loc.Line(sp.Line)
}

func makeSpan(file string, loc Locator, start, end int) Span {
	l, c := loc.Position(start)
	el, ec := loc.Position(end)
	return Span{File: file, Line: l, Column: c, EndLine: el, EndColumn: ec, StartByte: start, EndByte: end}
}

// NewText builds a text located at [start, end) of a file, each decoded
// byte mapped by offsets (nil when unknown).
func NewText(value, file string, loc Locator, start, end int, offsets []int) *Text {
	if offsets != nil && len(offsets) != len(value)+1 {
		offsets = nil
	}
	return &Text{Value: value, Span: makeSpan(file, loc, start, end), Literal: true, offsets: offsets, loc: loc}
}

// Param is one input parameter (tool argument, prompt argument).
type Param struct {
	Name     string
	NameText *Text
	// Type is the JSON Schema type: string, integer, number, boolean,
	// array, object; "any" when anything is accepted; "" when unknown.
	Type        string
	Description *Text
	Default     *Text
	Enum        []*Text
	// Constrained: an enum, const, pattern or maximum length bounds the
	// value.
	Constrained bool
	Required    bool
	Span        Span
}

// Annotation is a tool annotation (readOnlyHint, destructiveHint, …).
type Annotation struct {
	// Value is "true", "false", a string, or "?" when not a literal.
	Value string
	Span  Span
}

// Tool is one tool, prompt or resource definition.
type Tool struct {
	Kind Kind
	Name string
	// NameText is the literal giving the name, or the function's name.
	NameText    *Text
	Title       *Text
	Description *Text
	Params      []*Param
	// SchemaKnown says the input schema was read; SchemaOpen that it
	// accepts arbitrary input ({}, no properties without
	// additionalProperties: false, **kwargs, map[string]any).
	SchemaKnown bool
	SchemaOpen  bool
	Annotations map[string]Annotation
	// Handler locates the function serving it, when known.
	Handler *Span
	// Span is the definition (decorator, registration call, literal).
	Span Span
	// URI is a resource's URI or URI template.
	URI string
	// Via names how it was declared ("@tool decorator", "registerTool",
	// "mcp.AddTool", "mcp.NewTool", "tools/list", …).
	Via string
}

// Texts returns the tool's metadata strings with a field name for each:
// name, title, description, and per parameter name, description, default
// and enum values.
func (t *Tool) Texts() []Field {
	var out []Field
	add := func(field string, x *Text, p *Param) {
		if x != nil {
			out = append(out, Field{Field: field, Text: x, Tool: t, Param: p})
		}
	}
	add("name", t.NameText, nil)
	add("title", t.Title, nil)
	add("description", t.Description, nil)
	for _, p := range t.Params {
		add("param.name", p.NameText, p)
		add("param.description", p.Description, p)
		add("param.default", p.Default, p)
		for _, e := range p.Enum {
			add("param.enum", e, p)
		}
	}
	return out
}

// Field is one text of a model, with what it describes.
type Field struct {
	// Field is name, title, description, param.name, param.description,
	// param.default, param.enum or instructions.
	Field string
	Text  *Text
	Tool  *Tool  // nil for instructions
	Param *Param // for param.* fields
}

// Model is the tool model of one file (or one tools/list document).
type Model struct {
	File         string
	Tools        []*Tool
	Instructions []*Text
	// ServerName is the server's declared name, when one is written.
	ServerName string
	// ProjectNames are the project's own package names (package.json,
	// pyproject.toml, go.mod), for ownership of well-known tool names.
	ProjectNames []string
}

// Fields returns every metadata text of the model, instructions first.
func (m *Model) Fields() []Field {
	var out []Field
	for _, in := range m.Instructions {
		out = append(out, Field{Field: "instructions", Text: in})
	}
	for _, t := range m.Tools {
		out = append(out, t.Texts()...)
	}
	return out
}

// Empty reports whether the model holds nothing.
func (m *Model) Empty() bool { return m == nil || (len(m.Tools) == 0 && len(m.Instructions) == 0) }

func (m *Model) sort() {
	sort.SliceStable(m.Tools, func(i, j int) bool { return m.Tools[i].Span.StartByte < m.Tools[j].Span.StartByte })
}

// jsonType maps a type spelling to a JSON Schema type.
func jsonType(t string) string {
	switch strings.ToLower(t) {
	case "string", "str":
		return "string"
	case "integer", "int":
		return "integer"
	case "number", "float":
		return "number"
	case "boolean", "bool":
		return "boolean"
	case "array", "list":
		return "array"
	case "object", "dict":
		return "object"
	}
	return ""
}
