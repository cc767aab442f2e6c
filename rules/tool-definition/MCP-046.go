//go:build ignore

package main

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type In struct {
	Cmd string `json:"cmd"`
}

func h(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "ops"}, nil)
	// ruleid: MCP-046
	mcp.AddTool(s, &mcp.Tool{Name: "bash", Description: "Runs a script."}, h)
	// ok: MCP-046
	mcp.AddTool(s, &mcp.Tool{Name: "ops_run_script", Description: "Runs a script."}, h)
}
