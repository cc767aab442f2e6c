package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/traefik/yaegi/interp"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

func debugEval(src string) error {
	_, err := interp.New(interp.Options{}).Eval(src)
	return err
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, in.Arg, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
