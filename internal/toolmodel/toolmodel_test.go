package toolmodel

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/document"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

func extract(t *testing.T, name, src string) *Model {
	t.Helper()
	l := lang.Detect(name)
	p := lang.NewParsers()
	defer p.Close()
	tree, err := p.Parse(l, []byte(src), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	s := lang.NewSource([]byte(src))
	imps, _ := lang.ExtractImports(l, tree, s)
	root := tree.RootNode()
	hs, err := mcpctx.FindHandlers(l, root, s)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(l, root, s, imps, hs, name)
}

// summary renders a model compactly for comparison.
func summary(m *Model) string {
	var lines []string
	for _, in := range m.Instructions {
		lines = append(lines, fmt.Sprintf("instructions %q @%d:%d", in.Value, in.Span.Line, in.Span.Column))
	}
	for _, t := range m.Tools {
		s := fmt.Sprintf("%s %s", t.Kind, t.Name)
		if t.NameText != nil {
			s += fmt.Sprintf(" @%d:%d", t.NameText.Span.Line, t.NameText.Span.Column)
		}
		if t.Description != nil {
			s += fmt.Sprintf(" desc=%q", t.Description.Value)
		}
		if t.Handler != nil {
			s += fmt.Sprintf(" handler@%d", t.Handler.Line)
		}
		if t.SchemaOpen {
			s += " open"
		}
		if !t.SchemaKnown {
			s += " schema?"
		}
		var keys []string
		for k, a := range t.Annotations {
			keys = append(keys, k+"="+a.Value)
		}
		sort.Strings(keys)
		if len(keys) > 0 {
			s += " ann{" + strings.Join(keys, ",") + "}"
		}
		for _, p := range t.Params {
			ps := fmt.Sprintf(" %s:%s", p.Name, p.Type)
			if p.Constrained {
				ps += "!"
			}
			if p.Description != nil {
				ps += fmt.Sprintf("(%s)", p.Description.Value)
			}
			if !p.Required {
				ps += "?"
			}
			s += ps
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}

func check(t *testing.T, m *Model, want string) {
	t.Helper()
	got := summary(m)
	want = strings.TrimSpace(want)
	if got != want {
		t.Errorf("model:\n%s\nwant:\n%s", got, want)
	}
}

func TestPython(t *testing.T) {
	src := `from typing import Annotated, Any, Literal
from pydantic import Field
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations, Tool

DESC = "Deletes " "a file."
mcp = FastMCP("files", instructions="Use \u200bthese tools.")

@mcp.tool()
def read(path: str, ctx: Context, mode: Literal["r", "rb"] = "r") -> str:
    """Read a file.

    Returns its text."""

@mcp.tool(name="rm", description=DESC, annotations=ToolAnnotations(destructiveHint=True))
async def remove(path: Annotated[str, Field(description="The path", max_length=200)], opts: dict, **kw) -> None:
    pass

@mcp.prompt
def review(code: str) -> str:
    "Review code."

@mcp.resource("file://{name}")
def res(name: str) -> str:
    """A resource."""

TOOLS = [Tool(name="low", description="Low-level.", inputSchema={"type": "object", "properties": {"q": {"type": "string", "description": "query"}}, "required": ["q"]})]
`
	check(t, extract(t, "s.py", src), `
instructions "Use \u200bthese tools." @7:37
tool read @10:5 desc="Read a file.\n\n    Returns its text." handler@10 path:string mode:string!?
tool rm @15:16 desc="Deletes a file." handler@16 open ann{destructiveHint=true} path:string!(The path) opts:any
prompt review @20:5 desc="Review code." handler@20 code:string
resource res @24:5 desc="A resource." handler@24 name:string
tool low @27:20 desc="Low-level." q:string(query)
`)
}

func TestTypeScript(t *testing.T) {
	src := "import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\n" +
		"import { z } from \"zod\";\n" +
		"const server = new McpServer({ name: \"x\", version: \"1\" }, { instructions: \"Be nice.\" });\n" +
		"server.registerTool(\"get\", {\n" +
		"  title: \"Get\",\n" +
		"  description: [\"Line one.\", \"Line \\u202etwo.\"].join(\"\\n\"),\n" +
		"  inputSchema: { key: z.string().regex(/x/).describe(\"The key\"), any: z.any(), n: z.number().optional() },\n" +
		"  annotations: { readOnlyHint: true },\n" +
		"}, async ({ key }) => ({ content: [] }));\n" +
		"server.tool(\"old\", \"Old style.\", { cmd: z.string() }, { destructiveHint: false }, async ({ cmd }) => ({ content: [] }));\n" +
		"server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [\n" +
		"  { name: \"raw\", description: `Raw tool.`, inputSchema: { type: \"object\" } },\n" +
		"]}));\n" +
		"server.registerPrompt(\"p\", { description: \"A prompt\", argsSchema: { topic: z.string().describe(\"t\") } }, ({ topic }) => ({ messages: [] }));\n"
	check(t, extract(t, "s.ts", src), `
instructions "Be nice." @3:75
tool get @4:21 desc="Line one.\nLine \u202etwo." handler@9 ann{readOnlyHint=true} key:string!(The key) any:any n:number?
tool old @10:13 desc="Old style." handler@10 ann{destructiveHint=false} cmd:string
tool raw @12:11 desc="Raw tool." open
prompt p @14:23 desc="A prompt" handler@14 topic:string(t)
`)
}

func TestGo(t *testing.T) {
	src := "package main\n\nimport (\n\t\"github.com/modelcontextprotocol/go-sdk/mcp\"\n\tmg \"github.com/mark3labs/mcp-go/mcp\"\n)\n\n" +
		"type In struct {\n\tCity string `json:\"city\" jsonschema:\"the city\"`\n\tOpts map[string]any `json:\"opts,omitempty\"`\n\tkind string\n}\n\n" +
		"func h(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) { return nil, nil, nil }\n\n" +
		"func main() {\n" +
		"\ts := mcp.NewServer(&mcp.Implementation{Name: \"w\"}, &mcp.ServerOptions{Instructions: \"Weather \" + `only.`})\n" +
		"\tmcp.AddTool(s, &mcp.Tool{Name: \"forecast\", Description: \"Forecast\\u200b.\", Annotations: &mcp.ToolAnnotations{ReadOnlyHint: true, DestructiveHint: jsonschema.Ptr(false)}}, h)\n" +
		"\tt := mg.NewTool(\"run\", mg.WithDescription(\"Runs a command.\"), mg.WithString(\"cmd\", mg.Required(), mg.Description(\"The command\")), mg.WithString(\"mode\", mg.Enum(\"a\", \"b\")), mg.WithDestructiveHintAnnotation(true))\n" +
		"\tsrv.AddTool(t, func(ctx context.Context, r mg.CallToolRequest) (*mg.CallToolResult, error) { return nil, nil })\n" +
		"}\n"
	check(t, extract(t, "s.go", src), `
instructions "Weather only." @17:86
tool forecast @18:33 desc="Forecast\u200b." handler@14 ann{destructiveHint=false,readOnlyHint=true} city:string(the city) opts:any?
tool run @19:18 desc="Runs a command." handler@20 ann{destructiveHint=true} cmd:string(The command) mode:string!?
`)
}

func TestToolsList(t *testing.T) {
	src := `{"jsonrpc":"2.0","id":1,"result":{"tools":[
  {"name":"add","description":"Adds.\u003cIMPORTANT\u003e","inputSchema":{"type":"object","properties":{"a":{"type":"number"},"sidenote":{"type":"string","description":"notes"}},"required":["a"]},"annotations":{"readOnlyHint":true}},
  {"name":"any","inputSchema":{}}
]}}`
	d, err := document.Parse("tools.json", document.KindToolsList, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := FromToolsList(d)
	check(t, m, `
tool add @2:11 desc="Adds.<IMPORTANT>" ann{readOnlyHint=true} a:number sidenote:string(notes)?
tool any @3:11 open
`)
	desc := m.Tools[0].Description
	i := strings.Index(desc.Value, "<IMPORTANT>")
	sp := desc.SubSpan(i, i+len("<IMPORTANT>"))
	if sp.Line != 2 || sp.Column != 37 || sp.EndColumn != 58 {
		t.Errorf("<IMPORTANT> located at %+v", sp)
	}
}

func TestDecodeOffsets(t *testing.T) {
	cases := []struct {
		lit, lang, want string
	}{
		{`"a\u202eb"`, "js", "a\u202eb"},
		{`'\u{E0041}x'`, "js", "\U000E0041x"},
		{`"\uDB40\uDC41"`, "js", "\U000E0041"},
		{`r"\n"`, "py", `\n`},
		{`"""a\N{ZERO WIDTH SPACE}b"""`, "py", "a\u200bb"},
		{`"\U000E0041"`, "go", "\U000E0041"},
		{"`a\r\nb`", "go", "a\nb"},
		{`"\x1b[31m"`, "py", "\x1b[31m"},
	}
	for _, c := range cases {
		d, ok := decodeLiteral([]byte(c.lit), 0, len(c.lit), c.lang)
		if !ok || d.value != c.want || len(d.offsets) != len(d.value)+1 {
			t.Errorf("%s (%s) = %q ok=%v offsets=%d", c.lit, c.lang, d.value, ok, len(d.offsets))
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`"a\u202e"`, `r'''x'''`, "`\\u{FFFFFFFF}`", `"\U0010FFFF\x"`, `"\uD800"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []string{"py", "js", "go", "json"} {
			d, ok := decodeLiteral([]byte(s), 0, len(s), l)
			if ok && len(d.offsets) != len(d.value)+1 {
				t.Fatalf("%s %q: %d offsets for %d bytes", l, s, len(d.offsets), len(d.value))
			}
		}
	})
}

func FuzzToolsList(f *testing.F) {
	for _, s := range []string{`{"tools":[{"name":"a","inputSchema":{"type":"object","properties":{"x":{"type":"string","enum":["a"]}}}}]}`,
		`{"result":{"tools":[{"name":"b","inputSchema":{}}],"prompts":[{"name":"p","arguments":[{"name":"q"}]}]}}`,
		`[{"name":"c","inputSchema":{"properties":[]}}]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := document.Parse("tools.json", document.KindToolsList, []byte(s))
		if err != nil {
			return
		}
		m := FromToolsList(d)
		for _, fl := range m.Fields() {
			_ = fl.Text.SubSpan(0, len(fl.Text.Value))
		}
	})
}

// FuzzExtract runs the extractors on arbitrary source: no input may panic.
func FuzzExtract(f *testing.F) {
	f.Add("py", "@mcp.tool(name=\"x\")\ndef f(a: Annotated[str, Field(description=\"d\")]) -> str:\n    \"\"\"doc\"\"\"\n")
	f.Add("ts", "server.registerTool(\"t\", {description: [\"a\"].join(\"\\n\"), inputSchema: {a: z.string().describe(\"x\")}}, async () => ({}));")
	f.Add("go", "package m\nvar t = mcp.NewTool(\"x\", mcp.WithString(\"a\", mcp.Enum(\"b\")))\n")
	f.Fuzz(func(t *testing.T, code, src string) {
		name := map[string]string{"py": "f.py", "ts": "f.ts", "go": "f.go"}[code]
		if name == "" || len(src) > 4096 {
			return
		}
		_ = extract(t, name, src)
	})
}

func TestPromptArguments(t *testing.T) {
	s := func(v string) *lit { return &lit{kind: 's', txt: &Text{Value: v}} }
	obj := func(kv ...any) *lit {
		o := &lit{kind: 'o'}
		for i := 0; i < len(kv); i += 2 {
			o.keys = append(o.keys, kv[i].(string))
			o.vals = append(o.vals, kv[i+1].(*lit))
		}
		return o
	}
	args := &lit{kind: 'a', items: []*lit{
		obj("name", s("topic"), "description", s("What to review"), "required", &lit{kind: 'b', raw: "True"}),
		obj("name", s("depth"), "description", &lit{kind: 'x', raw: "DESC"}),
		s("not an object"),
		nil,
	}}
	ps, ok := promptArguments(args)
	if !ok || len(ps) != 2 {
		t.Fatalf("got %d params, ok %v", len(ps), ok)
	}
	if ps[0].Name != "topic" || !ps[0].Required || ps[0].Description == nil || ps[0].Description.Value != "What to review" {
		t.Errorf("first argument: %+v", ps[0])
	}
	if ps[1].Name != "depth" || ps[1].Required || ps[1].Description != nil {
		t.Errorf("second argument (description not a string literal): %+v", ps[1])
	}
	if _, ok := promptArguments(s("x")); ok {
		t.Error("a string is not an arguments list")
	}
	if _, ok := promptArguments(nil); ok {
		t.Error("nil is not an arguments list")
	}
}
