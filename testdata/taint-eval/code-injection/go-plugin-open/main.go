package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"plugin"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	p, err := plugin.Open("/srv/plugins/" + in.Arg + ".so")
	if err != nil {
		return nil, nil, err
	}
	_ = p
	return nil, "loaded", nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
