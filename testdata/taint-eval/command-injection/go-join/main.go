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

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	parts := []string{"tar", "czf", "out.tgz", in.Arg}
	line := strings.Join(parts, " ")
	return nil, nil, exec.Command("sh", "-c", line).Run()
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
