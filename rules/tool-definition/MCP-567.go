//go:build ignore

package main

import (
	"context"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

func raw(ctx context.Context, req *gosdk.CallToolRequest, in map[string]any) (*gosdk.CallToolResult, any, error) {
	return nil, nil, nil
}

type In struct {
	ID string `json:"id"`
}

func typed(ctx context.Context, req *gosdk.CallToolRequest, in In) (*gosdk.CallToolResult, any, error) {
	return nil, nil, nil
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "ops"}, nil)
	// ruleid: MCP-567 -- map[string]any input
	gosdk.AddTool(s, &gosdk.Tool{Name: "raw", Description: "Raw."}, raw)
	// ok: MCP-567
	gosdk.AddTool(s, &gosdk.Tool{Name: "typed", Description: "Typed."}, typed)

	ms := server.NewMCPServer("ops", "1.0.0")
	// ruleid: MCP-567 -- no declared parameters, raw arguments read
	t := mcp.NewTool("loose", mcp.WithDescription("Loose."))
	ms.AddTool(t, func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		args := r.GetArguments()
		_ = args
		return nil, nil
	})
}
