//go:build ignore

// Fixture for MCP-010: Go MCP servers (go-sdk and mcp-go) evaluating tool input as code.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"plugin"
	"regexp"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

var pluginName = regexp.MustCompile(`^[a-z0-9_]+$`)

type codeIn struct {
	Code string `json:"code"`
	Lang string `json:"lang" jsonschema:"enum=go,enum=json"`
}

type runner struct{ i *interp.Interpreter }

func (r *runner) eval(src string) (any, error) {
	// ruleid: MCP-010 -- a method reached from runGo (deep mode)
	v, err := r.i.Eval(src)
	return v, err
}

func newRunner() *runner {
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	return &runner{i: i}
}

func runGo(ctx context.Context, req *gosdk.CallToolRequest, in codeIn) (*gosdk.CallToolResult, any, error) {
	v, err := newRunner().eval(in.Code)
	return nil, fmt.Sprint(v), err
}

func loadPlugin(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	path := request.GetString("path", "")
	// ruleid: MCP-010
	p, err := plugin.Open(path)
	if err != nil {
		return nil, err
	}
	name := request.GetString("name", "")
	if !pluginName.MatchString(name) {
		return nil, fmt.Errorf("bad plugin name")
	}
	// ok: MCP-010 -- validated by an anchored regular expression
	if _, err := plugin.Open("/opt/plugins/" + name + ".so"); err != nil {
		return nil, err
	}
	return mcp.NewToolResultText(fmt.Sprint(p)), nil
}

func evalCtx(ctx context.Context, req *gosdk.CallToolRequest, in codeIn) (*gosdk.CallToolResult, any, error) {
	i := interp.New(interp.Options{})
	// ruleid: MCP-010
	v, err := i.EvalWithContext(ctx, in.Code)
	return nil, fmt.Sprint(v), err
}

// ---- must not fire ---------------------------------------------------------

func parseDoc(ctx context.Context, req *gosdk.CallToolRequest, in codeIn) (*gosdk.CallToolResult, any, error) {
	var v any
	// ok: MCP-010 -- a JSON parser does not run code
	err := json.Unmarshal([]byte(in.Code), &v)
	i := interp.New(interp.Options{})
	// ok: MCP-010 -- constant code
	i.Eval(`fmt.Println("ready")`)
	// ok: MCP-010 -- an enumerated field cannot carry code
	i.Eval("const lang = " + fmt.Sprintf("%q", in.Lang))
	return nil, v, err
}

func debugEval(src string) {
	i := interp.New(interp.Options{})
	// ok: MCP-010 -- no handler calls this helper
	i.Eval(src)
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "code"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "run_go"}, runGo)
	gosdk.AddTool(s, &gosdk.Tool{Name: "eval_ctx"}, evalCtx)
	gosdk.AddTool(s, &gosdk.Tool{Name: "parse"}, parseDoc)
	m := server.NewMCPServer("code", "1.0.0")
	m.AddTool(mcp.NewTool("load_plugin", mcp.WithString("path")), loadPlugin)
}
