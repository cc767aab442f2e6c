package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os/exec"
	"slices"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

var ALLOWED = []string{"status", "log"}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	if !slices.Contains(ALLOWED, in.Arg) {
		return nil, nil, nil
	}
	return nil, nil, exec.Command("sh", "-c", "git "+in.Arg).Run()
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
