package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	data, err := os.ReadFile(in.Arg)
	return nil, string(data), err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
