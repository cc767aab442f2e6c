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

func remote(host string) ([]byte, error) {
	return exec.Command("ssh", host, "uptime").Output()
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := remote(in.Arg)
	return nil, string(out), err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
