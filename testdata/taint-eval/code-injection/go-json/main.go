package main

import (
	"context"
	"encoding/json"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	var v map[string]any
	err := json.Unmarshal([]byte(in.Arg), &v)
	return nil, len(v), err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
