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
	root, err := os.OpenRoot("/srv/data")
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	f, err := root.Open(in.Arg)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return nil, "opened", nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
