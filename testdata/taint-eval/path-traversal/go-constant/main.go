package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os"
	"strings"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	data, err := os.ReadFile("/srv/data/index.txt")
	return nil, strings.ReplaceAll(string(data), "NAME", in.Arg), err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
