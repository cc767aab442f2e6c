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
	name := "/srv/notes/" + in.Arg + ".md"
	return nil, "saved", os.WriteFile(name, []byte("note"), 0o600)
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "eval"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "t"}, tool)
}
