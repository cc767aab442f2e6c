package main

import (
	"context"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"os"
	"path/filepath"
	"strings"
)

type In struct {
	Arg   string `json:"arg"`
	Count int    `json:"count"`
}

const root = "/srv/data"

func tool(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	full := filepath.Clean(filepath.Join(root, in.Arg))
	if !strings.HasPrefix(full, root) {
		return nil, nil, os.ErrPermission
	}
	data, err := os.ReadFile(full)
	return nil, string(data), err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
