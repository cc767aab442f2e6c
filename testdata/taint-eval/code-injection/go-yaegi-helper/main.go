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

func evaluate(src string) (string, error) {
	i := interp.New(interp.Options{})
	v, err := i.Eval(src)
	if err != nil {
		return "", err
	}
	return v.String(), nil
}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	out, err := evaluate("1 + " + in.Arg)
	return nil, out, err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
