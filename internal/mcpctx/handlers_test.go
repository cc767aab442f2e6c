package mcpctx

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

func handlersOf(t *testing.T, name, src string) []string {
	t.Helper()
	l := lang.Detect(name)
	p := lang.NewParsers()
	defer p.Close()
	tree, err := p.Parse(l, []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	hs, err := FindHandlers(l, tree.RootNode(), lang.NewSource([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hs.List {
		in := append([]string(nil), h.Inputs...)
		sort.Strings(in)
		out = append(out, fmt.Sprintf("%s:%s@%d(%s)", h.Kind, h.Name, h.Line(), strings.Join(in, ",")))
	}
	return out
}

func TestFindHandlers(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"a.py", `from mcp.server.fastmcp import FastMCP, Context
mcp = FastMCP("x")

@mcp.tool()
async def read_file(path: str, ctx: Context, limit: int = 10) -> str:
    return path

@mcp.tool
def bare(q): ...

@mcp.tool(name="renamed", annotations=ToolAnnotations(readOnlyHint=True))
def impl(self, a, *rest, **kw): ...

@mcp.resource("file://{path}")
def res(path: str) -> str: ...

@mcp.prompt()
def review(code: str) -> str: ...

@server.call_tool()
async def call(name: str, arguments: dict): ...

@app.route("/x")
def not_a_handler(x): ...

def added(cmd: str): ...
mcp.add_tool(added)
`, []string{"tool:read_file@4(limit,path)", "tool:bare@8(q)", "tool:renamed@11(a,kw,rest)", "resource:file://{path}@14(path)",
			"prompt:review@17(code)", "tool:call@20(arguments,name)", "tool:added@27(cmd)"}},
		{"a.ts", `import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
server.registerTool("run", { inputSchema: {} }, async ({ cmd, cwd: dir }, extra) => ({ content: [] }));
server.tool("old", "desc", { q: z.string() }, async (args) => ({ content: [] }));
server.registerPrompt("p", {}, function ({ topic }) { return {}; });
server.resource("files", new ResourceTemplate("file:///{+path}", { list: undefined }), async (uri, { path }) => ({}));
server.resource("static", "config://app", async (uri) => ({}));
server.setRequestHandler(CallToolRequestSchema, async (request) => ({}));
server.setRequestHandler(ListToolsRequestSchema, async () => ({}));
async function named(input) { return {}; }
server.registerTool("named", {}, named);
router.tool(someValue);
`, []string{"tool:run@2(cmd,dir)", "tool:old@3(args)", "prompt:p@4(topic)", "resource:files@5(path,uri)", "resource:static@6()",
			"tool:@7(request)", "tool:named@10(input)"}},
		{"a.go", `package p
func main() {
	mcp.AddTool(server, &mcp.Tool{Name: "forecast"}, forecast)
	s.AddTool(mcp.NewTool("calc", mcp.WithString("x")), func(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, nil
	})
	tool := mcp.NewTool("viaVar")
	s.AddTool(tool, h.handle)
	s.AddPrompt(&mcp.Prompt{Name: "greet"}, greet)
}
func forecast(ctx context.Context, req *mcp.CallToolRequest, in Input) (*mcp.CallToolResult, Out, error) { return nil, Out{}, nil }
func (h *H) handle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) { return nil, nil }
func greet(ctx context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) { return nil, nil }
`, []string{"tool:calc@4(request)", "tool:forecast@3(in,req)", "tool:viaVar@8(req)", "prompt:greet@9(req)"}},
	}
	for _, c := range cases {
		got := handlersOf(t, c.name, c.src)
		sort.Strings(got)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s:\n got %v\nwant %v", c.name, got, want)
		}
	}
}
