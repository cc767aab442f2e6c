package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os/exec"
	"strings"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func maintenance(line string) error {
	return exec.Command("sh", "-c", line).Run()
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, strings.ToUpper(in.Arg), nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
