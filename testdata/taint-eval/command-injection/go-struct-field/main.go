package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os/exec"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

type job struct {
	Name   string
	Target string
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	j := job{Name: "build", Target: in.Arg}
	return nil, nil, exec.Command("sh", "-c", "make "+j.Target).Run()
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
