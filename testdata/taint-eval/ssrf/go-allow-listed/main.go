package main

import (
	"context"
	"errors"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"net/http"
	"net/url"
	"slices"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

var ALLOWED_HOSTS = []string{"api.github.com"}

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	u, err := url.Parse(in.Arg)
	if err != nil || !slices.Contains(ALLOWED_HOSTS, u.Hostname()) {
		return nil, nil, errors.New("host not allowed")
	}
	res, err := http.Get(in.Arg)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	return nil, res.Status, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
